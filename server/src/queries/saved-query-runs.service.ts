import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, LimitExceededError } from '../common/app-error.js';
import { toNeo4jParams, validateParams, type ParamJson } from './query-params.js';
import { toCsv, toTabular, type TabularResult } from './query-result.js';
import { QueryRunner } from './query-runner.service.js';
import { SavedQueriesService } from './saved-queries.service.js';

export const DEFAULT_ROW_CAP = 1000;
export const MAX_ROW_CAP = 5000;

export interface SavedQueryRun extends TabularResult {
  name: string;
  version: number;
  params: Record<string, ParamJson>;
  truncated: boolean;
  rowCap: number;
  elapsedMs: number;
  csv: string;
}

/** Runs a saved query for a user or an API key: scope, parameters, the checked read, the audit entry. */
@Injectable()
export class SavedQueryRunsService {
  constructor(
    @Inject(SavedQueriesService) private readonly queries: SavedQueriesService,
    @Inject(QueryRunner) private readonly runner: QueryRunner,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async run(principal: Principal, purpose: string, name: string, given: unknown, rowCap: number = DEFAULT_ROW_CAP): Promise<SavedQueryRun> {
    if (!Number.isInteger(rowCap) || rowCap < 1 || rowCap > MAX_ROW_CAP) throw new LimitExceededError('limit', MAX_ROW_CAP, rowCap);
    await this.assertInScope(principal, purpose, name);
    const { row, definition } = await this.queries.get(name);
    const params = validateParams(definition.params, given);
    const timeoutMs = this.runner.timeoutFor(definition.timeoutMs);
    const detail = { name, version: row.version, params };
    let raw;
    try {
      raw = await this.runner.run(definition.source, toNeo4jParams(definition.params, params), rowCap, timeoutMs);
    } catch (error) {
      // A run that reached Neo4j is accountable even when it failed.
      const code = error instanceof AppError ? error.code : 'INTERNAL';
      await this.audit.record({
        actor: principal,
        operation: 'runSavedQuery',
        purpose,
        outcome: 'failed',
        detail: { ...detail, error: code },
      });
      throw error;
    }
    const tabular = toTabular(raw.columns, raw.records);
    await this.audit.record({
      actor: principal,
      operation: 'runSavedQuery',
      personIds: tabular.personIds,
      purpose,
      detail: { ...detail, rows: tabular.rows.length, truncated: raw.truncated, elapsedMs: raw.elapsedMs },
    });
    return {
      ...tabular,
      name,
      version: row.version,
      params,
      truncated: raw.truncated,
      rowCap,
      elapsedMs: raw.elapsedMs,
      csv: toCsv(tabular.columns, tabular.rows),
    };
  }

  /** An API key runs only the queries it was given; users with a reading role run all of them. */
  private async assertInScope(principal: Principal, purpose: string, name: string): Promise<void> {
    if (principal.kind !== 'api-key') return;
    if (principal.queryScope?.includes(name)) return;
    await this.audit.record({
      actor: principal,
      operation: 'runSavedQuery',
      purpose,
      outcome: 'denied',
      detail: { name, reason: 'outside the key scope' },
    });
    throw new AppError(
      'FORBIDDEN',
      `This API key may not run "${name.slice(0, 64)}"; it may run: ${(principal.queryScope ?? []).join(', ') || 'nothing'}`,
      {
        allowed: principal.queryScope ?? [],
      },
    );
  }
}
