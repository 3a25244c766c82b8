import { Inject, Injectable, Logger } from '@nestjs/common';
import { GraphService } from '../graph/graph.service.js';
import {
  caseDistricts,
  citedCaseIds,
  decodeRelationStrings,
  decodeSignals,
  encodeMembers,
  encodeSignals,
  type StoredMember,
} from './codec.js';
import { contentHash } from './versions.js';

const BATCH = 500;

interface UnversionedRow {
  flag: {
    id: string;
    signals: string | null;
    score: number;
    scoreExplanation: string;
    ruleIds: string[] | null;
    childIds: string[] | null;
    addressId: string;
    municipalityCode: string;
    districtCode: string;
  };
  members: ({ personId: string; relation: StoredMember['relation']; livesHere: boolean; relations: string[] } | null)[];
}

/**
 * The schema migration of flags from the first shape (address-anchored, evidence rewritten in place,
 * members as relationships with `child=relation` strings) to versions. Runs after the Cypher
 * migrations at boot and in `npm run db:migrate`; idempotent (only unversioned flags are touched).
 */
@Injectable()
export class FlagMigration {
  private readonly logger = new Logger(FlagMigration.name);

  constructor(@Inject(GraphService) private readonly graph: GraphService) {}

  async run(): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await this.graph.read<UnversionedRow>('flags/unversioned', { limit: BATCH });
      if (rows.length === 0) break;
      const flags = rows.map(({ flag, members }) => {
        const stored: StoredMember[] = members
          .filter((m): m is NonNullable<typeof m> => m !== null)
          .map((m) => ({
            personId: m.personId,
            relation: m.relation,
            livesHere: m.livesHere,
            relations: decodeRelationStrings(m.relations),
          }));
        const signals = decodeSignals(flag.signals);
        return {
          id: flag.id,
          signals: encodeSignals(signals),
          members: encodeMembers(stored),
          memberIds: stored.map((m) => m.personId).sort(),
          caseIds: citedCaseIds(signals),
          caseDistrictCodes: caseDistricts(signals),
          contentHash: contentHash({
            addressId: flag.addressId,
            municipalityCode: flag.municipalityCode,
            districtCode: flag.districtCode,
            score: flag.score,
            scoreExplanation: flag.scoreExplanation,
            ruleIds: flag.ruleIds ?? [],
            childIds: flag.childIds ?? [],
            members: stored,
            signals,
          }),
        };
      });
      const [row] = await this.graph.write<{ migrated: number }>('flags/migrate-versions', { flags });
      total += row?.migrated ?? 0;
      if ((row?.migrated ?? 0) === 0) break;
    }
    if (total > 0) this.logger.log(`migrated ${total} flags to versions`);
    return total;
  }
}
