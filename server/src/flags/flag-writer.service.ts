import { Inject, Injectable } from '@nestjs/common';
import { GraphService } from '../graph/graph.service.js';
import type { EvaluatedCluster } from '../risk/index.js';
import { caseDistricts, citedCaseIds, decodeMembers, decodeSignals, encodeMembers, encodeSignals, type StoredMember } from './codec.js';
import { contentHash, diffVersions, matchClusters, newFlagId, worsens, type ExistingFlag, type FlagContent } from './versions.js';

/** The rule settings a version was produced with (see ScreeningService.settings). */
export interface SettingsStamp {
  hash: string;
  /** the settings themselves (stable JSON), kept once per hash */
  json: string;
  version: number;
}

export interface WriteResult {
  /** flag id per written cluster, in the order given */
  flagIds: string[];
  newVersions: number;
}

interface ExistingRow extends ExistingFlag {
  status: string;
  version: number;
  contentHash: string | null;
  dismissedAt: string | null;
  signals: string | null;
  members: string | null;
  score: number | null;
  addressId: string | null;
}

export const REOPEN_NOTES = {
  'evidence-after-dismissal': 'Genåbnet: ny evidens efter afvisningen / reopened: evidence newer than the dismissal',
  'evidence-after-report': 'Ny evidens efter underretning / new evidence after the report',
} as const;

/**
 * The only writer of live flags. Each evaluated cluster continues the flag of its children (or
 * starts one); content that differs from the flag's current version becomes a new immutable
 * version. Only the screening service calls it, and only for evaluations as of today.
 */
@Injectable()
export class FlagWriter {
  constructor(@Inject(GraphService) private readonly graph: GraphService) {}

  async write(hits: EvaluatedCluster[], asOf: string, settings: SettingsStamp, claimed: Set<string>, now: Date): Promise<WriteResult> {
    if (hits.length === 0) return { flagIds: [], newVersions: 0 };
    const childIds = [...new Set(hits.flatMap((h) => h.cluster.childIds))];
    const existing = await this.graph.read<ExistingRow>('flags/existing-for-children', { childIds });
    const byId = new Map(existing.map((e) => [e.id, e]));
    const matched = matchClusters(
      hits.map((h) => ({ childIds: h.cluster.childIds })),
      existing,
      claimed,
    );
    const bases = [...new Set(hits.filter((_, i) => matched[i] === null).map((h) => newFlagId(h.cluster.childIds, new Set())))];
    const taken = new Set(
      bases.length ? (await this.graph.read<{ id: string }>('flags/taken-ids', { bases })).map((r) => r.id) : ([] as string[]),
    );
    const flags = hits.map((hit, i) => {
      let id = matched[i] ?? null;
      if (id === null) {
        id = newFlagId(hit.cluster.childIds, taken);
        taken.add(id);
        claimed.add(id);
      }
      const members: StoredMember[] = hit.cluster.members.map((m) => ({
        personId: m.personId,
        relation: m.relation,
        livesHere: m.livesHere,
        relations: m.relations,
      }));
      const content: FlagContent = {
        addressId: hit.cluster.addressId,
        municipalityCode: hit.cluster.municipalityCode,
        districtCode: hit.cluster.districtCode,
        score: hit.score,
        scoreExplanation: hit.scoreExplanation,
        ruleIds: hit.ruleIds,
        childIds: hit.cluster.childIds,
        members,
        signals: hit.signals,
      };
      const hash = contentHash(content);
      const previous = byId.get(id);
      const reopen = previous && previous.contentHash !== hash ? reopenOf(previous, content, hit.evidenceLatest) : null;
      return {
        id,
        addressId: content.addressId,
        municipalityCode: content.municipalityCode,
        districtCode: content.districtCode,
        score: content.score,
        scoreExplanation: content.scoreExplanation,
        ruleIds: content.ruleIds,
        childIds: content.childIds,
        memberIds: members.map((m) => m.personId),
        memberRows: members.map((m) => ({ personId: m.personId, relation: m.relation, livesHere: m.livesHere })),
        members: encodeMembers(members),
        signals: encodeSignals(hit.signals),
        caseIds: citedCaseIds(hit.signals),
        caseDistrictCodes: caseDistricts(hit.signals),
        evidenceLatest: hit.evidenceLatest ?? asOf,
        contentHash: hash,
        asOf,
        reason: previous ? (previous.addressId !== content.addressId ? 'moved' : 'changed') : 'new',
        reopenFrom: reopen?.from ?? null,
        reopenReason: reopen?.reason ?? null,
        reopenNote: reopen ? REOPEN_NOTES[reopen.reason] : null,
      };
    });
    const rows = await this.graph.write<{ id: string; changed: boolean }>('flags/write-versions', {
      flags,
      now: now.toISOString(),
      settingsHash: settings.hash,
      settingsJson: settings.json,
      settingsVersion: settings.version,
    });
    return { flagIds: flags.map((f) => f.id), newVersions: rows.filter((r) => r.changed).length };
  }

  /** Marks live flags that this evaluation did not find as inactive. */
  async deactivate(args: { districtCodes: string[]; addressIds: string[]; claimedIds: string[]; now: Date }): Promise<number> {
    const [row] = await this.graph.write<{ deactivated: number }>('flags/deactivate', {
      districtCodes: args.districtCodes,
      addressIds: args.addressIds,
      claimedIds: args.claimedIds,
      now: args.now.toISOString(),
    });
    return row?.deactivated ?? 0;
  }
}

/**
 * Whether a changed flag returns to the inbox: a dismissed flag when its evidence is newer than the
 * dismissal; a reported flag when the new version adds facts (a signal, a record, a higher score).
 */
function reopenOf(
  previous: ExistingRow,
  content: FlagContent,
  evidenceLatest: string | null,
): { from: 'DISMISSED' | 'REPORTED'; reason: keyof typeof REOPEN_NOTES } | null {
  if (previous.status === 'DISMISSED') {
    return previous.dismissedAt && evidenceLatest && evidenceLatest > previous.dismissedAt.slice(0, 10)
      ? { from: 'DISMISSED', reason: 'evidence-after-dismissal' }
      : null;
  }
  if (previous.status === 'REPORTED') {
    const diff = diffVersions(
      {
        n: previous.version,
        score: previous.score ?? 0,
        addressId: previous.addressId ?? '',
        signals: decodeSignals(previous.signals),
        members: decodeMembers(previous.members),
      },
      { n: previous.version + 1, score: content.score, addressId: content.addressId, signals: content.signals, members: content.members },
    );
    return worsens(diff) ? { from: 'REPORTED', reason: 'evidence-after-report' } : null;
  }
  return null;
}
