import { Inject, Injectable } from '@nestjs/common';
import { GraphService } from '../graph/graph.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { buildCluster, type Cluster, type ClusterRow } from './cluster.js';
import { evaluateCluster, withCurrentCase, type EvaluatedCluster, type Evidence, type FlagPolicy, type Signal } from './flag-policy.js';
import { RuleRegistry, type EffectiveRule, type RuleOverrides } from './rule-registry.js';

const ADDRESS_CHUNK = 1500;

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
    for (const districtCode of districts) {
      const addressIds = byDistrict.get(districtCode) ?? [];
      if (addressIds.length === 0) yield { districtCode, clusters: 0, results: [] };
      for (let i = 0; i < addressIds.length; i += ADDRESS_CHUNK) {
        const evaluated = await this.evaluate(addressIds.slice(i, i + ADDRESS_CHUNK), asOf, rules, policy);
        yield { districtCode, ...evaluated };
      }
    }
  }

  /** The clusters of these persons (where they live with a child, where their children live, their flags' addresses). */
  async evaluatePersons(personIds: string[], asOf: string, overrides: RuleOverrides): Promise<EvaluatedChunk & { addressIds: string[] }> {
    const [row] = await this.graph.read<{ addressIds: string[] }>('scan/person-child-addresses', { personIds, asOf });
    const addressIds = row?.addressIds ?? [];
    const { rules, policy } = this.rules.effective(overrides);
    return { districtCode: null, addressIds, ...(await this.evaluate(addressIds, asOf, rules, policy)) };
  }

  /** Evaluates the clusters at these addresses without writing anything. */
  async evaluate(
    addressIds: string[],
    asOf: string,
    rules: EffectiveRule[],
    policy: FlagPolicy,
    extraParams: Record<string, unknown> = {},
  ): Promise<{ clusters: number; results: EvaluatedCluster[] }> {
    if (addressIds.length === 0) return { clusters: 0, results: [] };
    const rows = await this.graph.read<ClusterRow>('scan/cluster-members', { addressIds, asOf });
    const clusters: Cluster[] = rows.map((r) => buildCluster(r, asOf));
    const scope = [...new Set(clusters.flatMap((c) => c.members.map((m) => m.personId)))];
    // The rules are independent reads: run them side by side (Neo4j runs each on its own core).
    const found = await Promise.all(
      rules
        .filter((r) => r.enabled)
        .map(async (rule) => ({
          rule,
          rows: await this.graph.read<RuleRow>(rule.def.file, { ...rule.cypherParams, ...extraParams, asOf, scope, addressIds }),
        })),
    );
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
