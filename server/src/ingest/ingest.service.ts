import { Inject, Injectable } from '@nestjs/common';
import type { Driver } from 'neo4j-driver';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { NEO4J_DRIVER } from '../graph/graph.tokens.js';
import { ReferenceService } from '../reference/reference.service.js';
import { IngestEvents } from './ingest-events.js';
import { IngestWriter, type IngestSummary } from './ingest-writer.js';
import { parseLines, type IngestProblem, type ReferenceLookup } from './validate.js';

@Injectable()
export class IngestService {
  readonly writer: IngestWriter;
  readonly lookup: ReferenceLookup;

  constructor(
    @Inject(NEO4J_DRIVER) driver: Driver,
    @Inject(CypherRegistry) registry: CypherRegistry,
    @Inject(ReferenceService) reference: ReferenceService,
    @Inject(IngestEvents) private readonly events: IngestEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.writer = new IngestWriter(driver, registry, config.NEO4J_DATABASE, config.OPSPOR_INGEST_MAX_ERRORS);
    this.lookup = {
      isMunicipality: (code) => reference.municipality(code) !== undefined,
      isDistrict: (code) => reference.isDistrict(code),
      isCategory: (code) => reference.category(code) !== undefined,
    };
  }

  /** One all-or-nothing batch of JSON Lines text; `firstLine` numbers lines of a larger file. */
  /**
   * `scope.municipalityCode`: a municipal administrator's batch — indicator records of that
   * municipality only; any other line is a problem naming the line and the field.
   */
  async ingestText(jsonl: string, firstLine = 1, scope: { municipalityCode: string } | null = null): Promise<IngestSummary> {
    const { values, problems } = parseLines(jsonl, firstLine);
    if (scope) problems.push(...values.flatMap(({ line, value }) => outsideMunicipality(line, value, scope.municipalityCode)));
    const count = values.length + problems.length;
    if (count > this.config.OPSPOR_INGEST_MAX_RECORDS) {
      throw new AppError(
        'INGEST_TOO_LARGE',
        `A batch holds at most ${this.config.OPSPOR_INGEST_MAX_RECORDS} records (got ${count}); split it, or use the CLI (npm run ingest -- FILE.jsonl), which streams large files`,
        { limit: this.config.OPSPOR_INGEST_MAX_RECORDS, records: count },
      );
    }
    if (count === 0) throw new AppError('BAD_USER_INPUT', 'The batch is empty', { field: 'jsonl', reason: 'no records' });
    const summary = await this.writer.writeBatch(values, this.lookup, problems);
    await this.events.committed(summary);
    return summary;
  }
}

/** Why a line is not an indicator of this municipality (empty when it is). */
export function outsideMunicipality(line: number, value: unknown, municipalityCode: string): IngestProblem[] {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (record.type !== 'indicator')
    return [
      {
        line,
        field: 'type',
        reason: `a municipal administrator loads indicator records only (got ${JSON.stringify(record.type ?? null)})`,
      },
    ];
  if (record.municipalityCode !== municipalityCode)
    return [
      {
        line,
        field: 'municipalityCode',
        reason: `is ${JSON.stringify(record.municipalityCode ?? null)}: you load indicators for municipality ${municipalityCode} only`,
      },
    ];
  return [];
}
