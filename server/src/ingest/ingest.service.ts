import { Inject, Injectable } from '@nestjs/common';
import type { Driver } from 'neo4j-driver';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { NEO4J_DRIVER } from '../graph/graph.tokens.js';
import { ReferenceService } from '../reference/reference.service.js';
import { IngestEvents } from './ingest-events.js';
import { IngestRejectedError, IngestWriter, type BatchResult, type BatchSource } from './ingest-writer.js';
import { parseLines, type IngestProblem, type ReferenceLookup } from './validate.js';

/** Who sends a batch: the signed-in admin, or the operator of the CLI. */
export type IngestActor = AuditRecord['actor'];

export interface CommitOptions {
  /** false for a bulk first load: run `npm run scan` afterwards instead of re-checking batch by batch */
  recheck?: boolean;
}

/** The contract's reference checks on the configured reference data (the ingest's and the import's). */
export function referenceLookup(reference: Pick<ReferenceService, 'municipality' | 'isDistrict' | 'category'>): ReferenceLookup {
  return {
    isMunicipality: (code) => reference.municipality(code) !== undefined,
    isDistrict: (code) => reference.isDistrict(code),
    isCategory: (code) => reference.category(code) !== undefined,
  };
}

@Injectable()
export class IngestService {
  readonly writer: IngestWriter;
  readonly lookup: ReferenceLookup;

  constructor(
    @Inject(NEO4J_DRIVER) driver: Driver,
    @Inject(CypherRegistry) registry: CypherRegistry,
    @Inject(ReferenceService) reference: ReferenceService,
    @Inject(IngestEvents) private readonly events: IngestEvents,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.writer = new IngestWriter(driver, registry, config.NEO4J_DATABASE, config.OPSPOR_INGEST_MAX_ERRORS);
    this.lookup = referenceLookup(reference);
  }

  /**
   * One all-or-nothing batch of JSON Lines text (the GraphQL path). `scope.municipalityCode`: a
   * municipal administrator's batch — indicator records of that municipality only; any other line is
   * a problem naming the line and the field.
   */
  async ingestText(jsonl: string, actor: IngestActor, scope: { municipalityCode: string } | null = null): Promise<BatchResult> {
    const { values, problems } = parseLines(jsonl);
    if (scope) problems.push(...values.flatMap(({ line, value }) => outsideMunicipality(line, value, scope.municipalityCode)));
    const count = values.length + problems.length;
    if (count > this.config.OPSPOR_INGEST_MAX_RECORDS) {
      throw new AppError(
        'INGEST_TOO_LARGE',
        {
          da: `En batch rummer højst ${this.config.OPSPOR_INGEST_MAX_RECORDS} poster (fik ${count}); del den op, eller brug CLI'en (npm run ingest -- FIL.jsonl), som streamer store filer`,
          en: `A batch holds at most ${this.config.OPSPOR_INGEST_MAX_RECORDS} records (got ${count}); split it, or use the CLI (npm run ingest -- FILE.jsonl), which streams large files`,
        },
        { limit: this.config.OPSPOR_INGEST_MAX_RECORDS, records: count },
      );
    }
    if (count === 0)
      throw new AppError('BAD_USER_INPUT', { da: 'Batchen er tom', en: 'The batch is empty' }, { field: 'jsonl', reason: 'no records' });
    return this.commit(values, actor, { source: 'graphql', actor: actor.id }, {}, problems);
  }

  /**
   * Validates, writes and audits one batch: the audit entry names the batch (id, source, actor,
   * file) and every applied, stale or retracted record with its line, key, old and new values.
   * A rejected batch is audited as failed and writes nothing.
   */
  async commit(
    values: { line: number; value: unknown }[],
    actor: IngestActor,
    source: BatchSource,
    options: CommitOptions = {},
    parseProblems: IngestProblem[] = [],
  ): Promise<BatchResult> {
    let result: BatchResult;
    try {
      result = await this.writer.writeBatch(values, this.lookup, source, parseProblems);
    } catch (error) {
      if (error instanceof IngestRejectedError) {
        await this.audit.record({
          actor,
          operation: 'ingest',
          outcome: 'failed',
          detail: { source: source.source, file: source.file ?? null, problems: error.totalProblems, first: error.problems.slice(0, 5) },
        });
      }
      throw error;
    }
    const changes = result.changes.filter((c) => c.action !== 'unchanged');
    await this.audit.record({
      actor,
      operation: 'ingest',
      personIds: changes.flatMap((c) => c.personIds),
      detail: {
        batch: result.batch,
        records: result.records,
        applied: result.applied,
        unchanged: result.unchanged,
        stale: result.stale,
        retracted: result.retracted,
        changes: changes.map(({ personIds: _ids, ...change }) => change),
      },
    });
    if (options.recheck !== false) await this.events.committed(result);
    return result;
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
