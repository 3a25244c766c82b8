import { Inject, Injectable } from '@nestjs/common';
import { GraphService, type GraphTx } from '../graph/graph.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { composedParams, composeRules, type ComposedRules } from './composed-rules.js';
import { buildCluster, type Cluster, type ClusterRow } from './cluster.js';
import { evaluateCluster, withCurrentCase, type EvaluatedCluster, type Evidence, type FlagPolicy, type Signal } from './flag-policy.js';
import { RuleRegistry, type EffectiveRule, type RuleOverrides } from './rule-registry.js';

const ADDRESS_CHUNK = 1500;

/** How the rules run: composed into one query per chunk, or one query per rule file. */
export type RuleExecution = 'composed' | 'per-rule';

/** One chunk of a district's clusters, evaluated. */
export interface EvaluatedChunk {
  districtCode: string | null;
  clusters: number;
  results: EvaluatedCluster[];
}

interface RuleRow {
  personId: string | null;
  addressId: string | null;
  value: number;
  threshold: number;
  evidence: Evidence[];
  /** case-based rules may report the history over all time; else it is read from the evidence */
  historyCount?: number | null;
  historySince?: string | null;
}

/** Evidence as stored: the fields a rule returned as null are left out (the shared shape has no nulls). */
function compact(e: Evidence): Evidence {
  return Object.fromEntries(Object.entries(e).filter(([, v]) => v !== null && v !== undefined)) as unknown as Evidence;
}

/**
 * The risk engine: builds child-centred clusters and runs the rule files over their members. It
 * writes nothing: the flags module turns what it finds into flags and versions. The full scan goes
 * district by district in chunks of addresses (bounded memory at national scale); the incremental
 * re-check evaluates only the clusters of the persons a batch touched.
 */
@Injectable()
export class ScanService {
  private readonly compositions = new Map<string, ComposedRules>();

  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  /** Every police district's clusters as of a date, chunk by chunk. */
  async *evaluateDistricts(asOf: string, overrides: RuleOverrides, districtCodes?: string[]): AsyncGenerator<EvaluatedChunk> {
    const { rules, policy } = this.rules.effective(overrides);
    const districts = districtCodes ?? this.reference.districts.map((d) => d.code);
    // one pass over the children finds every district's addresses (not one pass per district)
    const rows = await this.graph.read<{ districtCode: string; addressId: string }>('scan/district-child-addresses', {
      districtCodes: districts,
      asOf,
    });
    const byDistrict = new Map<string, string[]>();
    for (const row of rows) {
      const list = byDistrict.get(row.districtCode) ?? [];
      list.push(row.addressId);
      byDistrict.set(row.districtCode, list);
    }
    const chunks: { districtCode: string; addressIds: string[] }[] = [];
    for (const districtCode of districts) {
      const addressIds = byDistrict.get(districtCode) ?? [];
      if (addressIds.length === 0) chunks.push({ districtCode, addressIds });
      for (let i = 0; i < addressIds.length; i += ADDRESS_CHUNK)
        chunks.push({ districtCode, addressIds: addressIds.slice(i, i + ADDRESS_CHUNK) });
    }
    // the next chunk is evaluated while the caller handles this one (writes its flags): two
    // transactions at a time keep both of Neo4j's cores busy, and memory stays at two chunks
    const run = (i: number) => {
      const chunk = chunks[i];
      if (!chunk) return null;
      const evaluated = this.evaluate(chunk.addressIds, asOf, rules, policy);
      evaluated.catch(() => undefined); // awaited below; a failure is not unhandled meanwhile
      return evaluated;
    };
    let next = run(0);
    for (let i = 0; i < chunks.length; i += 1) {
      const current = next!;
      next = run(i + 1);
      yield { districtCode: chunks[i]!.districtCode, ...(await current) };
    }
  }

  /**
   * The clusters of these persons (where they live with a child, where their children live, their
   * flags' addresses), found and evaluated in one read transaction; with the number of live flags
   * at those addresses (none: a re-check has nothing to deactivate).
   */
  async evaluatePersons(
    personIds: string[],
    asOf: string,
    overrides: RuleOverrides,
  ): Promise<EvaluatedChunk & { addressIds: string[]; activeFlags: number }> {
    const { rules, policy } = this.rules.effective(overrides);
    const { addressIds, activeFlags, clusters, found } = await this.graph.readTx(async (tx) => {
      const [row] = await tx.run<{ addressIds: string[]; activeFlags: number }>('scan/person-child-addresses', { personIds, asOf });
      const ids = row?.addressIds ?? [];
      return { addressIds: ids, activeFlags: row?.activeFlags ?? 0, ...(await this.readComposed(tx, ids, asOf, rules, {})) };
    });
    return { districtCode: null, addressIds, activeFlags, ...evaluateAll(clusters, found, policy) };
  }

  /**
   * Evaluates the clusters at these addresses without writing anything. The rules run composed into
   * one query (see composed-rules.ts) in the transaction that reads the clusters; `per-rule` runs
   * each rule file as its own query, side by side (kept so a test can compare the two).
   */
  async evaluate(
    addressIds: string[],
    asOf: string,
    rules: EffectiveRule[],
    policy: FlagPolicy,
    extraParams: Record<string, unknown> = {},
    execution: RuleExecution = 'composed',
  ): Promise<{ clusters: number; results: EvaluatedCluster[] }> {
    if (addressIds.length === 0) return { clusters: 0, results: [] };
    if (execution === 'composed') {
      const { clusters, found } = await this.graph.readTx((tx) => this.readComposed(tx, addressIds, asOf, rules, extraParams));
      return evaluateAll(clusters, found, policy);
    }
    const rows = await this.graph.read<ClusterRow>('scan/cluster-members', { addressIds, asOf });
    const clusters = rows.map((r) => buildCluster(r, asOf));
    const scope = scopeOf(clusters);
    // independent reads: side by side (Neo4j runs each on its own core)
    const found = await Promise.all(
      rules
        .filter((r) => r.enabled)
        .map(async (rule) => ({
          rule,
          rows: await this.graph.read<RuleRow>(rule.def.file, { ...rule.cypherParams, ...extraParams, asOf, scope, addressIds }),
        })),
    );
    return evaluateAll(clusters, found, policy);
  }

  /** The clusters at these addresses and what the enabled rules find in them, in one transaction. */
  private async readComposed(
    tx: GraphTx,
    addressIds: string[],
    asOf: string,
    rules: EffectiveRule[],
    extraParams: Record<string, unknown>,
  ): Promise<{ clusters: Cluster[]; found: RuleRows[] }> {
    if (addressIds.length === 0) return { clusters: [], found: [] };
    const rows = await tx.run<ClusterRow>('scan/cluster-members', { addressIds, asOf });
    const clusters = rows.map((r) => buildCluster(r, asOf));
    const enabled = rules.filter((r) => r.enabled);
    if (enabled.length === 0 || clusters.length === 0) return { clusters, found: [] };
    const shared = { ...extraParams, asOf, scope: scopeOf(clusters), addressIds };
    const composed = this.composed(enabled, Object.keys(shared));
    const params = composedParams(
      enabled.map((r) => r.cypherParams),
      shared,
    );
    const found = await tx.runDerived<RuleRow & { ruleId: string }>(composed.cypher, params);
    return { clusters, found: enabled.map((rule) => ({ rule, rows: found.filter((r) => r.ruleId === rule.def.id) })) };
  }

  /** The composed query of these rules (by their ids and the shared parameters' names), composed once. */
  private composed(rules: EffectiveRule[], shared: string[]): ComposedRules {
    const key = `${rules.map((r) => r.def.id).join(',')}|${[...shared].sort().join(',')}`;
    let composed = this.compositions.get(key);
    if (!composed) {
      composed = composeRules(
        rules.map((r) => r.def),
        new Set(shared),
      );
      this.compositions.set(key, composed);
    }
    return composed;
  }
}

interface RuleRows {
  rule: EffectiveRule;
  rows: RuleRow[];
}

const scopeOf = (clusters: Cluster[]) => [...new Set(clusters.flatMap((c) => c.members.map((m) => m.personId)))];

/** Turns what the rules found into signals and decides each cluster. */
function evaluateAll(clusters: Cluster[], found: RuleRows[], policy: FlagPolicy): { clusters: number; results: EvaluatedCluster[] } {
  const signals: Signal[] = found.flatMap(({ rule, rows }) =>
    rows.map((f) =>
      withCurrentCase(
        {
          ruleId: rule.def.id,
          kind: rule.def.kind,
          weight: rule.weight,
          personId: f.personId,
          addressId: f.addressId,
          value: f.value,
          threshold: f.threshold,
          margin: Math.round((f.value - f.threshold) * 100) / 100,
          evidence: f.evidence.map(compact),
        },
        { count: f.historyCount ?? null, since: f.historySince ?? null },
      ),
    ),
  );
  const candidates = signalsByKey(signals);
  return { clusters: clusters.length, results: clusters.map((c) => evaluateCluster(c, candidatesOf(c, candidates, signals), policy)) };
}

/** Where each signal may belong: its person's and its address's positions in the chunk's signal list. */
function signalsByKey(signals: Signal[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  signals.forEach((s, i) => {
    for (const key of [s.personId === null ? null : `p:${s.personId}`, s.addressId === null ? null : `a:${s.addressId}`]) {
      if (key === null) continue;
      const list = byKey.get(key) ?? [];
      list.push(i);
      byKey.set(key, list);
    }
  });
  return byKey;
}

/**
 * The signals of a cluster's members and address, in the chunk's order: what evaluateCluster keeps
 * of the whole list, found by look-up instead of a pass over every signal of the chunk per cluster.
 */
function candidatesOf(cluster: Cluster, byKey: Map<string, number[]>, signals: Signal[]): Signal[] {
  const positions = new Set<number>(byKey.get(`a:${cluster.addressId}`) ?? []);
  for (const m of cluster.members) for (const i of byKey.get(`p:${m.personId}`) ?? []) positions.add(i);
  return [...positions].sort((a, b) => a - b).map((i) => signals[i]!);
}
