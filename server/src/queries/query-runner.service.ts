import { Inject, Injectable } from '@nestjs/common';
import neo4j, { type ManagedTransaction, type Plan } from 'neo4j-driver';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { GraphService } from '../graph/graph.service.js';
import { AppError, type Message } from '../common/app-error.js';
import { QueryNotReadOnlyError, isQueryError, neo4jReason, runError } from './query-errors.js';
import { planNames } from './plan-containment.js';
import { approxBytes } from './query-result.js';
import { distinctReasons, lexicalReasons, planReasons, type PlanNode } from './read-only-check.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
const CHECK_TIMEOUT_MS = 10_000;

export interface ReadOnlyCheck {
  /** Neo4j could plan it */
  compiles: boolean;
  queryType: string | null;
  /** why it is not a read: text checks and plan checks */
  notReadOnly: Message[];
  /** why Neo4j could not plan it */
  invalid: Message[];
  /** the labels and relationship types its plan names */
  reaches: string[];
}

export interface RunOptions {
  rowCap: number;
  timeoutMs: number;
  /** rows to pass over first (paging) */
  skip: number;
  /** stop before the rows add up to more than this (an estimate of their JSON size) */
  maxBytes: number;
  /** why the plan may not be run for this caller, given the names it reaches (e.g. police cases for a municipality) */
  refuseReach?: (names: string[]) => Message | undefined;
}

export interface RawRun {
  columns: string[];
  records: unknown[][];
  /** null: every row came; otherwise what stopped it */
  truncatedBy: 'rows' | 'bytes' | null;
  elapsedMs: number;
}

/**
 * Runs user-written Cypher: the one place where query text comes from users. Three locks in
 * a row: EXPLAIN must show a read of police data with allowed operators (checked again at every
 * run, in the same transaction), the transaction is opened in READ mode (Neo4j refuses writes in
 * it), and it has a timeout, a row cap and a byte cap. Values only ever travel as parameters.
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
      const notReadOnly = distinctReasons([
        ...lexical,
        ...planReasons(queryType, toPlanNode(result.summary.plan), this.config.NEO4J_DATABASE),
      ]);
      const plan = toPlanNode(result.summary.plan);
      return { compiles: true, queryType, notReadOnly, invalid: [], reaches: plan ? planNames(plan) : [] };
    } catch (error) {
      if (!isQueryError(error)) throw error;
      return {
        compiles: false,
        queryType: null,
        notReadOnly: lexical,
        invalid: [{ da: `Neo4j kan ikke planlægge den: ${neo4jReason(error)}`, en: `Neo4j cannot plan it: ${neo4jReason(error)}` }],
        reaches: [],
      };
    } finally {
      await session.close();
    }
  }

  async run(cypher: string, params: Record<string, unknown>, options: RunOptions): Promise<RawRun> {
    const started = performance.now();
    const session = this.session(Math.min(options.rowCap + 1, 1000));
    try {
      const run = await session.executeRead(
        async (tx) => {
          try {
            return await this.checkedRun(tx, cypher, params, options);
          } catch (error) {
            throw runError(error, options.timeoutMs, cypher);
          }
        },
        { timeout: options.timeoutMs },
      );
      return { ...run, elapsedMs: Math.round(performance.now() - started) };
    } catch (error) {
      throw runError(error, options.timeoutMs, cypher);
    } finally {
      await session.close();
    }
  }

  private async checkedRun(
    tx: ManagedTransaction,
    cypher: string,
    params: Record<string, unknown>,
    options: RunOptions,
  ): Promise<Omit<RawRun, 'elapsedMs'>> {
    // Checked again here: the stored text may have been changed behind the API's back, or Neo4j upgraded.
    const explained = await tx.run(`EXPLAIN ${cypher}`, params);
    const plan = toPlanNode(explained.summary.plan);
    const reasons = [...lexicalReasons(cypher), ...planReasons(explained.summary.queryType, plan, this.config.NEO4J_DATABASE)];
    const reach = plan && options.refuseReach?.(planNames(plan));
    if (reach) reasons.push(reach);
    if (reasons.length > 0) throw new QueryNotReadOnlyError(distinctReasons(reasons));
    const result = tx.run(cypher, params);
    const columns = (await result.keys()).map(String);
    const records: unknown[][] = [];
    let truncatedBy: RawRun['truncatedBy'] = null;
    let skipped = 0;
    let bytes = 0;
    for await (const record of result) {
      if (skipped < options.skip) {
        skipped += 1;
        continue;
      }
      if (records.length >= options.rowCap) {
        // Leaving the loop discards the rest on the server instead of streaming it here.
        truncatedBy = 'rows';
        break;
      }
      const row = columns.map((c) => record.get(c));
      bytes += approxBytes(row);
      if (bytes > options.maxBytes) {
        if (records.length === 0) {
          throw new AppError(
            'LIMIT_EXCEEDED',
            {
              da: `Én række er større, end et resultat må være (${options.maxBytes} bytes, OPSPOR_QUERY_MAX_RESULT_BYTES): returnér færre eller mindre værdier`,
              en: `One row is larger than a result may be (${options.maxBytes} bytes, OPSPOR_QUERY_MAX_RESULT_BYTES): return fewer or smaller values`,
            },
            { maxBytes: options.maxBytes },
          );
        }
        truncatedBy = 'bytes';
        break;
      }
      records.push(row);
    }
    return { columns, records, truncatedBy };
  }

  private session(fetchSize: number) {
    return this.graph.driver.session({ database: this.config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ, fetchSize });
  }
}

function toPlanNode(plan: Plan | false): PlanNode | null {
  if (!plan) return null;
  return { operatorType: plan.operatorType, arguments: plan.arguments, children: plan.children.map((c) => toPlanNode(c)!) };
}
