import { Inject, Injectable } from '@nestjs/common';
import neo4j, { type ManagedTransaction, type Plan } from 'neo4j-driver';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { GraphService } from '../graph/graph.service.js';
import { QueryNotReadOnlyError, isQueryError, neo4jReason, runError } from './query-errors.js';
import { lexicalReasons, planReasons, type PlanNode } from './read-only-check.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
const CHECK_TIMEOUT_MS = 10_000;

export interface ReadOnlyCheck {
  /** Neo4j could plan it */
  compiles: boolean;
  queryType: string | null;
  /** why it is not a read: text checks and plan checks */
  notReadOnly: string[];
  /** why Neo4j could not plan it */
  invalid: string[];
}

export interface RawRun {
  columns: string[];
  records: unknown[][];
  truncated: boolean;
  elapsedMs: number;
}

/**
 * Runs user-written Cypher: the one place where query text comes from users. Three locks in
 * a row: EXPLAIN must show a read with known operators (checked again at every run, in the
 * same transaction), the transaction is opened in READ mode (Neo4j refuses writes in it), and
 * it has a timeout and a row cap. Values only ever travel as parameters.
 */
@Injectable()
export class QueryRunner {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The timeout a saved query runs with: its own (header `timeoutMs`) within the server's limit. */
  timeoutFor(timeoutMs: number | null): number {
    return Math.min(timeoutMs ?? DEFAULT_TIMEOUT_MS, this.config.NEO4J_QUERY_TIMEOUT_MS);
  }

  async check(cypher: string): Promise<ReadOnlyCheck> {
    const lexical = lexicalReasons(cypher);
    const session = this.session(1);
    try {
      const result = await session.executeRead((tx) => tx.run(`EXPLAIN ${cypher}`), { timeout: CHECK_TIMEOUT_MS });
      const queryType = result.summary.queryType;
      const notReadOnly = [
        ...new Set([...lexical, ...planReasons(queryType, toPlanNode(result.summary.plan), this.config.NEO4J_DATABASE)]),
      ];
      return { compiles: true, queryType, notReadOnly, invalid: [] };
    } catch (error) {
      if (!isQueryError(error)) throw error;
      return { compiles: false, queryType: null, notReadOnly: lexical, invalid: [`Neo4j cannot plan it: ${neo4jReason(error)}`] };
    } finally {
      await session.close();
    }
  }

  async run(cypher: string, params: Record<string, unknown>, rowCap: number, timeoutMs: number): Promise<RawRun> {
    const started = performance.now();
    const session = this.session(Math.min(rowCap + 1, 1000));
    try {
      const run = await session.executeRead(
        async (tx) => {
          try {
            return await this.checkedRun(tx, cypher, params, rowCap);
          } catch (error) {
            throw runError(error, timeoutMs, cypher);
          }
        },
        { timeout: timeoutMs },
      );
      return { ...run, elapsedMs: Math.round(performance.now() - started) };
    } catch (error) {
      throw runError(error, timeoutMs, cypher);
    } finally {
      await session.close();
    }
  }

  private async checkedRun(
    tx: ManagedTransaction,
    cypher: string,
    params: Record<string, unknown>,
    rowCap: number,
  ): Promise<Omit<RawRun, 'elapsedMs'>> {
    // Checked again here: the stored text may have been changed behind the API's back, or Neo4j upgraded.
    const explained = await tx.run(`EXPLAIN ${cypher}`, params);
    const reasons = [
      ...lexicalReasons(cypher),
      ...planReasons(explained.summary.queryType, toPlanNode(explained.summary.plan), this.config.NEO4J_DATABASE),
    ];
    if (reasons.length > 0) throw new QueryNotReadOnlyError([...new Set(reasons)]);
    const result = tx.run(cypher, params);
    const columns = (await result.keys()).map(String);
    const records: unknown[][] = [];
    let truncated = false;
    for await (const record of result) {
      if (records.length >= rowCap) {
        // Leaving the loop discards the rest on the server instead of streaming it here.
        truncated = true;
        break;
      }
      records.push(columns.map((c) => record.get(c)));
    }
    return { columns, records, truncated };
  }

  private session(fetchSize: number) {
    return this.graph.driver.session({ database: this.config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ, fetchSize });
  }
}

function toPlanNode(plan: Plan | false): PlanNode | null {
  if (!plan) return null;
  return { operatorType: plan.operatorType, arguments: plan.arguments, children: plan.children.map((c) => toPlanNode(c)!) };
}
