import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppError, NotFoundError, THING, type Message } from '../common/app-error.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { QueryNotReadOnlyError } from './query-errors.js';
import { QueryHeaderError, parseSavedQuery, type SavedQueryDefinition } from './query-header.js';
import { QueryRunner } from './query-runner.service.js';
import { casesReason } from './police-data.js';
import { fulltextIndexes, usedParameters } from './read-only-check.js';
import { SavedQueriesRepository, type SavedQueryRow, type SavedQueryVersionRow } from './saved-queries.repository.js';

export const SYSTEM_OWNER = 'system';
const LIST_LIMIT = 500;

/** The verdict the editor shows before saving, and that a save must pass. */
export interface QueryVerdict {
  ok: boolean;
  compiles: boolean;
  readOnly: boolean;
  queryType: string | null;
  /** why it cannot be saved, in both languages */
  reasons: Message[];
  /** the reasons that are about writing, files, procedures or commands (a subset of reasons) */
  notReadOnly: Message[];
  /** worth a look, but no reason to refuse */
  warnings: Message[];
  definition: SavedQueryDefinition | null;
}

export interface StoredQuery {
  row: SavedQueryRow;
  definition: SavedQueryDefinition;
}

@Injectable()
export class SavedQueriesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SavedQueriesService.name);

  constructor(
    @Inject(SavedQueriesRepository) private readonly repo: SavedQueriesRepository,
    @Inject(QueryRunner) private readonly runner: QueryRunner,
    @Inject(CypherRegistry) private readonly registry: CypherRegistry,
  ) {}

  /** Loads cypher/queries/*.cypher that are not in the graph yet. A shipped file that fails its check stops the boot. */
  async onApplicationBootstrap(): Promise<void> {
    const now = new Date();
    for (const file of this.registry.list('queries')) {
      let verdict: QueryVerdict;
      try {
        verdict = await this.check(file.text);
      } catch (error) {
        throw new Error(`cypher/${file.name}.cypher: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      if (!verdict.ok || !verdict.definition)
        throw new Error(`cypher/${file.name}.cypher cannot be a saved query: ${verdict.reasons.map((r) => r.en).join('; ')}`);
      const def = verdict.definition;
      const write = { ...this.writeOf(def, SYSTEM_OWNER), origin: 'shipped' as const, owner: SYSTEM_OWNER };
      const created = await this.repo.createIfMissing(write, now);
      if (created) this.logger.log(`saved query ${def.name} loaded from cypher/${file.name}.cypher`);
      const stored = created ? undefined : await this.repo.get(def.name);
      // A shipped query whose file changed gets a new version (the old text is kept); one an admin has edited since is left alone.
      if (stored?.origin === 'shipped' && stored.updatedBy === SYSTEM_OWNER && stored.source !== def.source) {
        const outcome = await this.repo.update(write, stored.version, now);
        if (outcome.kind === 'updated') this.logger.log(`saved query ${def.name} updated from cypher/${file.name}.cypher`);
      }
    }
  }

  async check(source: string): Promise<QueryVerdict> {
    const reasons: Message[] = [];
    const warnings: Message[] = [];
    let definition: SavedQueryDefinition | null = null;
    try {
      definition = parseSavedQuery(source);
    } catch (error) {
      if (!(error instanceof QueryHeaderError)) throw error;
      reasons.push({ da: `hovedet: ${error.texts.da}`, en: `header: ${error.texts.en}` });
    }
    const check = await this.runner.check(source);
    reasons.push(...check.notReadOnly, ...check.invalid);
    if (definition) {
      const used = usedParameters(source);
      const declared = definition.params.map((p) => p.name);
      for (const name of used.filter((n) => !declared.includes(n))) {
        reasons.push({
          da: `bruger $${name}, som ikke er erklæret: tilføj en linje "// param ${name}: TYPE — da: hvad det er | en: what it is"`,
          en: `uses $${name}, which is not declared: add a line "// param ${name}: TYPE — da: hvad det er | en: what it is"`,
        });
      }
      for (const name of declared.filter((n) => !used.includes(n)))
        warnings.push({ da: `parameteren ${name} er erklæret, men bruges ikke`, en: `the parameter ${name} is declared but not used` });
      const cases = definition.scopes.includes('municipality') && check.compiles && casesReason(check.reaches, fulltextIndexes(source));
      if (cases) reasons.push({ da: `scopes: municipality, men den ${cases.da}`, en: `scopes: municipality, but it ${cases.en}` });
    }
    const readOnly = check.compiles && check.notReadOnly.length === 0;
    return {
      ok: reasons.length === 0,
      compiles: check.compiles,
      readOnly,
      queryType: check.queryType,
      reasons,
      notReadOnly: check.notReadOnly,
      warnings,
      definition,
    };
  }

  /** Creates (expectedVersion null) or updates a saved query; the previous text is kept as a version. */
  async save(source: string, expectedVersion: number | null, actor: string, now: Date = new Date()): Promise<StoredQuery> {
    const verdict = await this.check(source);
    if (verdict.notReadOnly.length > 0) throw new QueryNotReadOnlyError(verdict.notReadOnly);
    if (!verdict.ok || !verdict.definition) {
      throw new AppError(
        'QUERY_INVALID',
        {
          da: `Forespørgslen kan ikke gemmes: ${verdict.reasons.map((r) => r.da).join('; ')}`,
          en: `The query cannot be saved: ${verdict.reasons.map((r) => r.en).join('; ')}`,
        },
        {},
        { reasons: verdict.reasons },
      );
    }
    const def = verdict.definition;
    if (expectedVersion === null) {
      const created = await this.repo.create({ ...this.writeOf(def, actor), origin: 'admin', owner: actor }, now);
      if (!created)
        throw new AppError(
          'CONFLICT',
          {
            da: `Der findes en gemt forespørgsel med navnet "${def.name}": åbn den, og gem en ny version`,
            en: `A saved query named "${def.name}" exists: open it and save a new version`,
          },
          { name: def.name },
        );
    } else {
      const stored = await this.repo.get(def.name);
      if (!stored) throw new NotFoundError(THING.savedQuery, def.name);
      const outcome = await this.repo.update(
        { ...this.writeOf(def, actor), origin: stored.origin, owner: stored.owner },
        expectedVersion,
        now,
      );
      if (outcome.kind === 'missing') throw new NotFoundError(THING.savedQuery, def.name);
      if (outcome.kind === 'conflict') {
        throw new AppError(
          'CONFLICT',
          {
            da: `"${def.name}" er gemt af en anden i mellemtiden (nu version ${outcome.current}): genindlæs den`,
            en: `"${def.name}" was saved by someone else meanwhile (now version ${outcome.current}): reload it`,
          },
          {
            name: def.name,
            currentVersion: outcome.current,
          },
        );
      }
    }
    return this.get(def.name);
  }

  async get(name: string): Promise<StoredQuery> {
    const row = await this.repo.get(name);
    if (!row) throw new NotFoundError(THING.savedQuery, name);
    return { row, definition: parseSavedQuery(row.source, name, { stored: true }) };
  }

  async list(search: string | null, scope: string[] | null): Promise<StoredQuery[]> {
    const rows = await this.repo.list({ names: scope, search: search?.trim() ? search.trim().slice(0, 200) : null, limit: LIST_LIMIT });
    return rows.map((row) => ({ row, definition: parseSavedQuery(row.source, row.name, { stored: true }) }));
  }

  versions(name: string, limit: number): Promise<SavedQueryVersionRow[]> {
    return this.repo.versions(name, limit);
  }

  async missing(names: string[]): Promise<string[]> {
    const existing = await this.repo.existingNames(names);
    return names.filter((n) => !existing.has(n));
  }

  async delete(name: string): Promise<void> {
    if (!(await this.repo.delete(name))) throw new NotFoundError(THING.savedQuery, name);
  }

  private writeOf(def: SavedQueryDefinition, actor: string) {
    return {
      name: def.name,
      // both languages, so a search in either finds it (what is shown is read from the source)
      title: `${def.title.da}\n${def.title.en}`,
      description: `${def.description.da}\n${def.description.en}`,
      source: def.source,
      timeoutMs: def.timeoutMs,
      updatedBy: actor,
    };
  }
}
