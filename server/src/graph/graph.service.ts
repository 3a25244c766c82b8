import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { isRetryableError, Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { CypherRegistry } from './cypher-registry.js';
import { toParams, toPlain } from './convert.js';
import { NEO4J_DRIVER } from './graph.tokens.js';

/** Neo4j is down: told generically to the client (graphql-errors.ts), in full in the log. */
const NOT_REACHABLE = { da: 'Neo4j kan ikke nås', en: 'Neo4j is not reachable' };

/** Rethrows an error, as DATABASE_UNAVAILABLE when Neo4j cannot be reached. */
function publicError(error: unknown): never {
  if (isDatabaseUnavailable(error)) throw new AppError('DATABASE_UNAVAILABLE', NOT_REACHABLE, { cause: error.message });
  throw error;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs named Cypher files from the registry; returns plain rows (see convert.ts). */
@Injectable()
export class GraphService implements OnApplicationShutdown {
  private readonly logger = new Logger(GraphService.name);

  constructor(
    @Inject(NEO4J_DRIVER) readonly driver: Driver,
    @Inject(CypherRegistry) readonly registry: CypherRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * One read query (served by a cluster's secondaries behind neo4j://), as an auto-commit
   * transaction: RUN and PULL go to Neo4j in one message group, where a managed transaction sends
   * BEGIN, RUN + PULL and COMMIT as three round trips (each a socket write the API and Neo4j pay for
   * on every request). Retried like a managed read on a transient error (retryTransient).
   */
  async read<T extends object = Row>(name: string, params: Params = {}, timeoutMs?: number): Promise<T[]> {
    return retryTransient(() => this.autoCommit<T>('READ', name, params, timeoutMs)).catch(publicError);
  }

  async write<T extends object = Row>(name: string, params: Params = {}, timeoutMs?: number): Promise<T[]> {
    const text = this.registry.get(name);
    return this.session('WRITE', (tx) => tx.run(text, cypherParams(params)), timeoutMs).then(rows<T>);
  }

  /**
   * One write query as an auto-commit transaction: one round trip (a managed transaction takes
   * three). Never retried: after an error the caller cannot know whether it committed, so it is
   * for writes whose caller checks the outcome itself (the audit chain's guarded append).
   */
  async writeOnce<T extends object = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.autoCommit<T>('WRITE', name, params).catch(publicError);
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTx<R>(work: (tx: GraphTx) => Promise<R>, timeoutMs?: number): Promise<R> {
    return this.session('WRITE', (tx) => work(new GraphTx(tx, this.registry)), timeoutMs);
  }

  async readTx<R>(work: (tx: GraphTx) => Promise<R>, timeoutMs?: number): Promise<R> {
    return this.session('READ', (tx) => work(new GraphTx(tx, this.registry)), timeoutMs);
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.config.NEO4J_DATABASE });
      return true;
    } catch {
      return false;
    }
  }

  private async session<R>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    const session = this.driver.session({ database: this.config.NEO4J_DATABASE, defaultAccessMode: mode });
    const txConfig = { timeout: timeoutMs ?? this.config.NEO4J_QUERY_TIMEOUT_MS };
    try {
      return mode === 'READ' ? await session.executeRead(work, txConfig) : await session.executeWrite(work, txConfig);
    } catch (error) {
      return publicError(error);
    } finally {
      await session.close();
    }
  }

  /** One registry statement as an auto-commit transaction (RUN + PULL in one round trip). */
  private async autoCommit<T extends object>(mode: 'READ' | 'WRITE', name: string, params: Params, timeoutMs?: number): Promise<T[]> {
    const text = this.registry.get(name);
    const session = this.driver.session({ database: this.config.NEO4J_DATABASE, defaultAccessMode: mode });
    try {
      return rows<T>(await session.run(text, cypherParams(params), { timeout: timeoutMs ?? this.config.NEO4J_QUERY_TIMEOUT_MS }));
    } finally {
      await session.close();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.logger.log('closing Neo4j driver');
    await this.driver.close();
  }
}

/**
 * Runs `work` again on a transient Neo4j error (a cluster member going away, a deadlock), as a
 * managed transaction would: at most `attempts` tries, waiting `delayMs` × the try number between.
 */
export async function retryTransient<R>(work: () => Promise<R>, attempts = 3, delayMs = 100): Promise<R> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryableError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}

/** A transaction handle that runs registry files by name and returns plain rows. */
export class GraphTx {
  constructor(
    readonly tx: ManagedTransaction,
    private readonly registry: CypherRegistry,
  ) {}

  async run<T extends object = Row>(name: string, params: Params = {}): Promise<T[]> {
    return rows<T>(await this.tx.run(this.registry.get(name), cypherParams(params)));
  }

  /**
   * Runs a query derived from registry files (the risk rules composed into one query): never text
   * from a user, and never values spliced in — parameters only.
   */
  async runDerived<T extends object = Row>(text: string, params: Params = {}): Promise<T[]> {
    return rows<T>(await this.tx.run(text, cypherParams(params)));
  }
}

/** Neo4j cannot be reached (down, restarting, the pool cannot get a connection in time). */
export function isDatabaseUnavailable(error: unknown): error is Neo4jError {
  return (
    error instanceof Neo4jError &&
    (error.code === 'ServiceUnavailable' ||
      error.code === 'SessionExpired' ||
      /Connection acquisition timed out|Pool is closed|Failed to connect|Connection was closed/i.test(error.message))
  );
}

/**
 * Driver parameters: an argument left out (undefined) is sent as null, so that an optional filter
 * such as `$status IS NULL` works instead of failing with "Expected parameter(s)".
 */
function cypherParams(params: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) out[key] = value === undefined ? null : value;
  return toParams(out) as Params;
}

function rows<T extends object>(result: QueryResult<RecordShape>): T[] {
  return result.records.map((record) => {
    const out: Row = {};
    for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
    return out as T;
  });
}
