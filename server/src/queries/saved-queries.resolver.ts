import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service.js';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { PURPOSE_HEADER, configuredReasons, parsePurpose } from '../auth/purpose.js';
import type { GqlContext } from '../auth/request.js';
import { AppError, LimitExceededError } from '../common/app-error.js';
import { RequestLang, type Lang } from '../common/lang.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { ApiKeysService } from './api-keys.service.js';
import { JsonScalar } from './json.scalar.js';
import { SavedQueryCheckModel, toCheck } from './models/query-check.model.js';
import { SavedQueryResultModel, toResult } from './models/query-result.model.js';
import { SavedQueryModel, SavedQueryVersionModel, toSavedQuery, toVersion } from './models/saved-query.model.js';
import { DEFAULT_ROW_CAP } from './saved-query-runs.service.js';
import { SavedQueriesService } from './saved-queries.service.js';
import { SavedQueryRunsService } from './saved-query-runs.service.js';

// Coordinators work the inbox of their district; saved queries are national, so they are not theirs.
const READERS = ['analyst', 'admin'] as const;
const RUNNERS = [...READERS, 'api-client'] as const;

@Resolver()
export class SavedQueriesResolver {
  private readonly reasons: string[];

  constructor(
    @Inject(SavedQueriesService) private readonly queries: SavedQueriesService,
    @Inject(SavedQueryRunsService) private readonly runs: SavedQueryRunsService,
    @Inject(ApiKeysService) private readonly keys: ApiKeysService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.reasons = configuredReasons(config.OPSPOR_PURPOSE_REASONS);
  }

  @Access({ roles: RUNNERS })
  @Query(() => [SavedQueryModel], {
    description: 'Saved queries by name (an API key sees those it may run); search matches name, title and description',
  })
  async savedQueries(
    @CurrentPrincipal() principal: Principal,
    @RequestLang() lang: Lang,
    @Args('search', { description: 'text to look for in names, titles and descriptions', type: () => String, nullable: true })
    search: string | null,
  ): Promise<SavedQueryModel[]> {
    return (await this.queries.list(search, scopeOf(principal))).map((q) => toSavedQuery(q, lang));
  }

  @Access({ roles: RUNNERS })
  @Query(() => SavedQueryModel, { description: 'One saved query by name, with its source, parameters and current version' })
  async savedQuery(
    @CurrentPrincipal() principal: Principal,
    @RequestLang() lang: Lang,
    @Args('name', { description: 'the saved query’s name', type: () => String }) name: string,
  ): Promise<SavedQueryModel> {
    const scope = scopeOf(principal);
    if (scope && !scope.includes(name))
      throw new AppError('FORBIDDEN', {
        da: 'Denne API-nøgle må ikke bruge denne gemte forespørgsel',
        en: 'This API key may not use this saved query',
      });
    return toSavedQuery(await this.queries.get(name.slice(0, 64)), lang);
  }

  @Access({ roles: READERS })
  @Query(() => [SavedQueryVersionModel], { description: 'Earlier versions of a saved query, newest first' })
  async savedQueryVersions(
    @RequestLang() lang: Lang,
    @Args('name', { description: 'the saved query’s name', type: () => String }) name: string,
    @Args('first', { description: 'how many to return at most', type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<SavedQueryVersionModel[]> {
    if (first < 1 || first > 200) throw new LimitExceededError({ field: 'first' }, 200, first);
    await this.queries.get(name.slice(0, 64));
    return (await this.queries.versions(name, first)).map((v) => toVersion(v, lang));
  }

  @Access({ roles: ['admin'] })
  @Query(() => SavedQueryCheckModel, { description: 'EXPLAINs a query (header and Cypher) and says whether it can be saved, and why not' })
  async checkSavedQuery(
    @RequestLang() lang: Lang,
    @Args('source', { description: 'the saved query’s source: its header and Cypher', type: () => String }) source: string,
  ): Promise<SavedQueryCheckModel> {
    return toCheck(await this.queries.check(source), lang);
  }

  @Access({ roles: RUNNERS })
  @Query(() => SavedQueryResultModel, {
    description:
      'Runs a saved query in a read transaction with a timeout, a row cap and a size cap, one page at a time (after: nextCursor). Users state a purpose (x-opspor-purpose); an API key uses its own and reads only for its organisation. Audited with the parameters and every person the rows name.',
  })
  async runSavedQuery(
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GqlContext,
    @Args('name', { description: 'the saved query’s name', type: () => String }) name: string,
    @Args('params', { type: () => JsonScalar, nullable: true, description: 'an object of parameter names to JSON values' }) params: unknown,
    @Args('limit', { type: () => Int, defaultValue: DEFAULT_ROW_CAP, description: 'rows per page, 1 to 5000' }) limit: number,
    @Args('after', { type: () => String, nullable: true, description: 'nextCursor of the previous page (same name and params)' })
    after: string | null,
  ): Promise<SavedQueryResultModel> {
    const purpose =
      principal.kind === 'api-key' ? this.keys.purposeOf(principal) : parsePurpose(ctx.req.headers[PURPOSE_HEADER], this.reasons);
    return toResult(await this.runs.run(principal, purpose, name.slice(0, 64), params, limit, after ?? null));
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => SavedQueryModel, {
    description:
      'Saves a query: without expectedVersion it must be new; with it, the stored version must still be that one (the old text is kept)',
  })
  async saveSavedQuery(
    @CurrentPrincipal() principal: Principal,
    @RequestLang() lang: Lang,
    @Args('source', { description: 'the saved query’s source: its header and Cypher', type: () => String }) source: string,
    @Args('expectedVersion', { description: 'the version last read; a stale one is refused (CONFLICT)', type: () => Int, nullable: true })
    expectedVersion: number | null,
  ): Promise<SavedQueryModel> {
    const saved = await this.queries.save(source, expectedVersion ?? null, principal.id);
    await this.audit.record({
      actor: principal,
      operation: 'saveSavedQuery',
      detail: { name: saved.row.name, version: saved.row.version },
    });
    return toSavedQuery(saved, lang);
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => Boolean, { description: 'Deletes a saved query and its versions (a shipped one comes back at the next start)' })
  async deleteSavedQuery(
    @CurrentPrincipal() principal: Principal,
    @Args('name', { description: 'the saved query’s name', type: () => String }) name: string,
  ): Promise<boolean> {
    const { row } = await this.queries.get(name.slice(0, 64));
    await this.queries.delete(row.name);
    await this.audit.record({ actor: principal, operation: 'deleteSavedQuery', detail: { name: row.name, version: row.version } });
    return true;
  }
}

function scopeOf(principal: Principal): string[] | null {
  return principal.kind === 'api-key' ? (principal.queryScope ?? []) : null;
}
