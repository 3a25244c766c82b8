import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { GraphService } from '../graph/graph.service.js';
import { IngestEvents } from '../ingest/ingest-events.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Clock } from './clock.js';
import { buildCluster, type Cluster, type ClusterRow } from './cluster.js';
import { evaluateCluster, withCurrentCase, type EvaluatedCluster, type Evidence, type FlagPolicy, type Signal } from './flag-policy.js';
import { RuleRegistry, type EffectiveRule, type RuleOverrides } from './rule-registry.js';

const ADDRESS_CHUNK = 1500;

export interface ScanOptions {
  asOf: string;
  /** write flags (false: a back-test that only reports) */
  write: boolean;
  overrides?: RuleOverrides;
  districtCodes?: string[];
  now?: Date;
}

export interface ScanResult {
  asOf: string;
  clusters: number;
  flagged: EvaluatedCluster[];
  deactivated: number;
  elapsedMs: number;
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
 * The risk engine: builds child-centred clusters, runs the rule files over their members and writes
 * flags. The full scan goes district by district in chunks of addresses (bounded memory at national
 * scale); the incremental re-check evaluates only the clusters of the persons a batch touched.
 */
@Injectable()
export class ScanService implements OnModuleInit {
  private readonly logger = new Logger(ScanService.name);

  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(IngestEvents) private readonly ingestEvents: IngestEvents,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.ingestEvents.subscribe(async (summary) => {
      if (summary.affectedPersonIds.length > 0) await this.recheck(summary.affectedPersonIds, this.clock.today());
    });
  }

  async scan(options: ScanOptions): Promise<ScanResult> {
    const started = Date.now();
    const overrides = options.overrides ?? (await this.rules.storedOverrides());
    const { rules, policy } = this.rules.effective(overrides);
    const districts = options.districtCodes ?? this.reference.districts.map((d) => d.code);
    const flagged: EvaluatedCluster[] = [];
    let clusters = 0;
    let deactivated = 0;
    for (const districtCode of districts) {
      const rows = await this.graph.read<{ addressId: string }>('scan/district-child-addresses', { districtCode, asOf: options.asOf });
      const addressIds = rows.map((r) => r.addressId);
      const activeIds: string[] = [];
      for (let i = 0; i < addressIds.length; i += ADDRESS_CHUNK) {
        const evaluated = await this.evaluate(addressIds.slice(i, i + ADDRESS_CHUNK), options.asOf, rules, policy);
        clusters += evaluated.clusters;
        const hits = evaluated.results.filter((r) => r.flagged);
        if (options.write) await this.writeFlags(hits, options.asOf, options.now);
        activeIds.push(...hits.map((h) => h.cluster.id));
        flagged.push(...hits);
      }
      if (options.write) deactivated += await this.deactivate({ districtCode, addressIds: [], activeIds, now: options.now });
      this.logger.log(`scan ${options.asOf}: district ${districtCode}: ${addressIds.length} clusters, ${activeIds.length} flagged`);
    }
    return { asOf: options.asOf, clusters, flagged, deactivated, elapsedMs: Date.now() - started };
  }

  /** Re-evaluates only the clusters of these persons (after ingest); returns the flags now active among them. */
  async recheck(personIds: string[], asOf: string, now?: Date): Promise<ScanResult> {
    const started = Date.now();
    const [row] = await this.graph.read<{ addressIds: string[] }>('scan/person-child-addresses', { personIds, asOf });
    const addressIds = row?.addressIds ?? [];
    const { rules, policy } = this.rules.effective(await this.rules.storedOverrides());
    const evaluated = await this.evaluate(addressIds, asOf, rules, policy);
    const hits = evaluated.results.filter((r) => r.flagged);
    await this.writeFlags(hits, asOf, now);
    const deactivated = await this.deactivate({ districtCode: null, addressIds, activeIds: hits.map((h) => h.cluster.id), now });
    return { asOf, clusters: evaluated.clusters, flagged: hits, deactivated, elapsedMs: Date.now() - started };
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
    return { clusters: clusters.length, results: clusters.map((c) => evaluateCluster(c, signals, policy)) };
  }

  private async writeFlags(hits: EvaluatedCluster[], asOf: string, now: Date = new Date()): Promise<void> {
    if (hits.length === 0) return;
    const flags = hits.map((h) => ({
      id: h.cluster.id,
      addressId: h.cluster.addressId,
      municipalityCode: h.cluster.municipalityCode,
      districtCode: h.cluster.districtCode,
      score: h.score,
      scoreExplanation: h.scoreExplanation,
      signals: JSON.stringify(h.signals),
      ruleIds: h.ruleIds,
      childIds: h.cluster.childIds,
      memberIds: h.cluster.members.map((m) => m.personId),
      members: h.cluster.members,
      evidenceLatest: h.evidenceLatest ?? asOf,
      asOf,
    }));
    await this.graph.write('scan/upsert-flags', { flags, now: now.toISOString() });
  }

  private async deactivate(args: {
    districtCode: string | null;
    addressIds: string[];
    activeIds: string[];
    now?: Date | undefined;
  }): Promise<number> {
    const [row] = await this.graph.write<{ deactivated: number }>('scan/deactivate-flags', {
      districtCode: args.districtCode,
      addressIds: args.addressIds,
      activeIds: args.activeIds,
      now: (args.now ?? new Date()).toISOString(),
    });
    return row?.deactivated ?? 0;
  }
}
