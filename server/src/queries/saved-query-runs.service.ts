import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, BadInputError, bilingual, type Message } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { Clock } from '../common/clock.js';
import { organisationOf, organisationText, type Organisation } from './organisation.js';
import { casesReason } from './police-data.js';
import { SCOPE_PARAM, type SavedQueryDefinition } from './query-header.js';
import { toNeo4jParams, validateParams, type ParamJson } from './query-params.js';
import { toCsv, toTabular, type TabularResult } from './query-result.js';
import { QueryRunner } from './query-runner.service.js';
import { fulltextIndexes } from './read-only-check.js';
import { SavedQueriesRepository } from './saved-queries.repository.js';
import { SavedQueriesService } from './saved-queries.service.js';

export const DEFAULT_ROW_CAP = 1000;
export const MAX_ROW_CAP = 5000;

export interface SavedQueryRun extends TabularResult {
  name: string;
  version: number;
  params: Record<string, ParamJson>;
  truncated: boolean;
  /** why the rows stop early: 'rows' (the row cap: page on with nextCursor) or 'bytes' (the size cap) */
  truncatedBy: 'rows' | 'bytes' | null;
  rowCap: number;
  maxBytes: number;
  /** the rows before this page */
  offset: number;
  /** give it as `after` for the next page; null on the last page */
  nextCursor: string | null;
  elapsedMs: number;
  csv: string;
}

interface Cursor {
  name: string;
  version: number;
  params: string;
  offset: number;
}

/** Runs a saved query for a user or an API key: scope, parameters, the checked read, the audit entry. */
@Injectable()
export class SavedQueryRunsService {
  constructor(
    @Inject(SavedQueriesService) private readonly queries: SavedQueriesService,
    @Inject(SavedQueriesRepository) private readonly repo: SavedQueriesRepository,
    @Inject(QueryRunner) private readonly runner: QueryRunner,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(
    principal: Principal,
    purpose: string,
    name: string,
    given: unknown,
    rowCap: number = DEFAULT_ROW_CAP,
    after: string | null = null,
  ): Promise<SavedQueryRun> {
    checkLimit(rowCap);
    const organisation = organisationOf(principal);
    const { row, definition } = await this.queries.get(name);
    const denied = await this.refusal(principal, organisation, definition, given);
    if (denied) {
      await this.audit.record({
        actor: principal,
        operation: 'runSavedQuery',
        purpose,
        outcome: 'denied',
        detail: { name, reason: denied.message, ...(organisation ? { organisation: organisationText(organisation) } : {}) },
      });
      throw denied;
    }
    const params = validateParams(definition.params, pinned(definition, organisation, given));
    const paramsHash = hashOf(params);
    const offset = after === null ? 0 : readCursor(after, { name, version: row.version, params: paramsHash });
    const timeoutMs = this.runner.timeoutFor(definition.timeoutMs);
    const maxBytes = this.config.OPSPOR_QUERY_MAX_RESULT_BYTES;
    const detail = {
      name,
      version: row.version,
      params,
      ...(organisation ? { organisation: organisationText(organisation) } : {}),
      ...(offset > 0 ? { offset } : {}),
    };
    let raw;
    try {
      raw = await this.runner.run(definition.source, toNeo4jParams(definition.params, params), {
        rowCap,
        timeoutMs,
        skip: offset,
        maxBytes,
        refuseReach: organisation?.scope === 'municipality' ? (names) => casesReason(names, fulltextIndexes(definition.source)) : undefined,
      });
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
    // Every person the values name, however they were returned (`RETURN p.id AS id` too): the data-subject extract relies on it.
    const resolved = await this.repo.resolvePersons(tabular.candidateIds, tabular.endpointElementIds);
    const personIds = [...new Set([...tabular.personIds, ...resolved])].sort();
    await this.audit.record({
      actor: principal,
      operation: 'runSavedQuery',
      personIds,
      purpose,
      detail: { ...detail, rows: tabular.rows.length, truncated: raw.truncatedBy, elapsedMs: raw.elapsedMs },
    });
    const nextOffset = offset + tabular.rows.length;
    return {
      ...tabular,
      personIds,
      name,
      version: row.version,
      params,
      truncated: raw.truncatedBy !== null,
      truncatedBy: raw.truncatedBy,
      rowCap,
      maxBytes,
      offset,
      nextCursor:
        raw.truncatedBy !== null && tabular.rows.length > 0
          ? writeCursor({ name, version: row.version, params: paramsHash, offset: nextOffset })
          : null,
      elapsedMs: raw.elapsedMs,
      csv: toCsv(tabular.columns, tabular.rows),
    };
  }

  /**
   * Why this principal may not run this query, or undefined. Users (national police roles) run
   * queries with the national scope. An API key runs only the queries it was given, only if the
   * query admits the key's organisation, and a municipality's key only under a sharing basis
   * from the police in force today.
   */
  private async refusal(
    principal: Principal,
    organisation: Organisation | null,
    definition: SavedQueryDefinition,
    given: unknown,
  ): Promise<AppError | undefined> {
    const name = definition.name;
    if (principal.kind !== 'api-key') {
      if (definition.scopes.includes('national')) return undefined;
      return new AppError('FORBIDDEN', {
        da: `"${name}" er ikke en landsdækkende forespørgsel (dens områder: ${definition.scopes.join(', ')})`,
        en: `"${name}" is not a national query (its scopes: ${definition.scopes.join(', ')})`,
      });
    }
    if (!principal.queryScope?.includes(name)) {
      return new AppError(
        'FORBIDDEN',
        {
          da: `Denne API-nøgle må ikke køre "${name.slice(0, 64)}"; den må køre: ${(principal.queryScope ?? []).join(', ') || 'intet'}`,
          en: `This API key may not run "${name.slice(0, 64)}"; it may run: ${(principal.queryScope ?? []).join(', ') || 'nothing'}`,
        },
        { allowed: principal.queryScope ?? [] },
      );
    }
    if (!organisation) {
      return new AppError('FORBIDDEN', {
        da: 'Denne API-nøgle har ingen organisation: en administrator skal udstede en ny nøgle til en politikreds eller en kommune',
        en: 'This API key has no organisation: an admin must issue a new key for a police district or a municipality',
      });
    }
    if (!definition.scopes.includes(organisation.scope)) {
      return new AppError('FORBIDDEN', {
        da: `"${name}" må ikke køres for en ${organisation.scope} (dens områder: ${definition.scopes.join(', ')})`,
        en: `"${name}" may not be run for a ${organisation.scope} (its scopes: ${definition.scopes.join(', ')})`,
      });
    }
    const pin = SCOPE_PARAM[organisation.scope];
    const asked = isObject(given) ? given[pin] : undefined;
    if (asked !== undefined && asked !== null && asked !== organisation.code) {
      return new AppError(
        'FORBIDDEN',
        {
          da: `params.${pin}: denne API-nøgle læser kun ${organisationText(organisation)}`,
          en: `params.${pin}: this API key reads only ${organisationText(organisation)}`,
        },
        {
          field: `params.${pin}`,
        },
      );
    }
    if (organisation.scope === 'municipality') {
      const today = this.clock.today();
      const basis = await this.repo.sharingBasisInForce(organisationText(organisation), today);
      if (!basis) {
        return new AppError('FORBIDDEN', {
          da: `Intet delingsgrundlag fra politiet til ${organisationText(organisation)} er gældende den ${today}`,
          en: `No sharing basis from the police to ${organisationText(organisation)} is in force on ${today}`,
        });
      }
    }
    return undefined;
  }
}

/** The caller's parameters with the organisation's own code in the scope's parameter. */
function pinned(definition: SavedQueryDefinition, organisation: Organisation | null, given: unknown): unknown {
  if (!organisation || !isObject(given ?? {})) return given;
  return { ...((given ?? {}) as Record<string, unknown>), [SCOPE_PARAM[organisation.scope]]: organisation.code };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkLimit(rowCap: number): void {
  if (Number.isInteger(rowCap) && rowCap >= 1 && rowCap <= MAX_ROW_CAP) return;
  const reason = {
    da: `skal være mellem 1 og ${MAX_ROW_CAP} (fik ${rowCap}); bladr videre med markøren nextCursor for flere rækker`,
    en: `must be between 1 and ${MAX_ROW_CAP} (got ${rowCap}); page on with the cursor nextCursor for more rows`,
  };
  const code = Number.isInteger(rowCap) && rowCap > MAX_ROW_CAP ? 'LIMIT_EXCEEDED' : 'BAD_USER_INPUT';
  throw new AppError(
    code,
    bilingual((lang) => `limit ${reason[lang]}`),
    { field: 'limit', limit: MAX_ROW_CAP, asked: rowCap },
    { reason },
  );
}

function hashOf(params: Record<string, ParamJson>): string {
  return createHash('sha256').update(JSON.stringify(params)).digest('base64url').slice(0, 16);
}

function writeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The offset a cursor stands for, if it belongs to this query, version and parameters. */
function readCursor(after: string, expected: Omit<Cursor, 'offset'>): number {
  const bad = (reason: Message) => new BadInputError('after', reason);
  let cursor: Partial<Cursor>;
  try {
    cursor = JSON.parse(Buffer.from(after.slice(0, 1000), 'base64url').toString('utf8')) as Partial<Cursor>;
  } catch {
    throw bad({
      da: 'er ikke en markør fra runSavedQuery (angiv nextCursor fra forrige side, som den er)',
      en: 'is not a cursor from runSavedQuery (give nextCursor of the previous page as it is)',
    });
  }
  if (!Number.isSafeInteger(cursor.offset) || (cursor.offset ?? -1) < 0 || typeof cursor.name !== 'string') {
    throw bad({
      da: 'er ikke en markør fra runSavedQuery (angiv nextCursor fra forrige side, som den er)',
      en: 'is not a cursor from runSavedQuery (give nextCursor of the previous page as it is)',
    });
  }
  if (cursor.name !== expected.name || cursor.params !== expected.params) {
    throw bad({
      da: 'hører til en anden forespørgsel eller andre parametre: kør med samme navn og parametre, eller uden after',
      en: 'belongs to another query or other parameters: run with the same name and parameters, or without after',
    });
  }
  if (cursor.version !== expected.version) {
    throw new AppError(
      'CONFLICT',
      {
        da: `"${expected.name}" er ændret siden første side (nu version ${expected.version}): start forfra uden after`,
        en: `"${expected.name}" has changed since the first page (now version ${expected.version}): start again without after`,
      },
      {
        currentVersion: expected.version,
      },
    );
  }
  return cursor.offset!;
}
