import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { BadInputError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { GraphService } from '../graph/graph.service.js';
import { IngestEvents } from '../ingest/ingest-events.js';
import { ReferenceService } from '../reference/reference.service.js';
import { RuleRegistry, ScanService, type EvaluatedCluster, type RuleOverrides } from '../risk/index.js';
import { sha256, stableStringify } from './codec.js';
import { FlagWriter, type SettingsStamp } from './flag-writer.service.js';
import { matchClusters } from './versions.js';

export interface ScreeningOptions {
  /** the evaluation date; default today. Only today writes live flags: an earlier date is a back-test. */
  asOf?: string;
  districtCodes?: string[];
  /** rule settings to try instead of the stored ones (always a back-test) */
  overrides?: RuleOverrides;
  now?: Date;
}

export interface ScreeningHit {
  /** the live flag this cluster continues (null: it would be a new flag) */
  flagId: string | null;
  evaluation: EvaluatedCluster;
}

export interface ScreeningResult {
  asOf: string;
  /** true: live flags were written; false: a back-test that wrote nothing */
  live: boolean;
  clusters: number;
  hits: ScreeningHit[];
  newVersions: number;
  deactivated: number;
  /** back-test: active flags in the scanned districts that the evaluation no longer finds */
  noLongerFound: string[];
  settingsHash: string;
  elapsedMs: number;
}

/**
 * The screening: runs the risk engine and turns what it finds into flags. A scan as of today writes
 * live flags through the FlagWriter (new versions only where something changed); a scan as of an
 * earlier date, or with trial settings, is a back-test that reports what would be flagged and writes
 * nothing. New data re-checks the clusters it touches, as of today.
 */
@Injectable()
export class ScreeningService implements OnModuleInit {
  private readonly logger = new Logger(ScreeningService.name);

  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ScanService) private readonly scans: ScanService,
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(IngestEvents) private readonly ingestEvents: IngestEvents,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(FlagWriter) private readonly writer: FlagWriter,
  ) {}

  onModuleInit(): void {
    this.ingestEvents.subscribe(async (summary) => {
      if (summary.affectedPersonIds.length > 0) await this.recheck(summary.affectedPersonIds);
    });
  }

  async run(options: ScreeningOptions = {}): Promise<ScreeningResult> {
    const started = Date.now();
    const today = this.clock.today();
    const asOf = options.asOf ?? today;
    if (asOf > today)
      throw new BadInputError('asOf', {
        da: `kan ikke ligge efter i dag (${today}): reglerne vurderer, hvad der er sket`,
        en: `cannot be after today (${today}): rules evaluate what has happened`,
      });
    const live = asOf === today && options.overrides === undefined;
    const stored = options.overrides === undefined ? await this.rules.storedSettings() : null;
    const overrides = options.overrides ?? stored!.overrides;
    const settings = this.settings(overrides, stored?.versions);
    const districts = options.districtCodes ?? this.reference.districts.map((d) => d.code);
    const claimed = new Set<string>();
    const hits: ScreeningHit[] = [];
    let clusters = 0;
    let newVersions = 0;
    for await (const chunk of this.scans.evaluateDistricts(asOf, overrides, districts)) {
      clusters += chunk.clusters;
      const flagged = chunk.results.filter((r) => r.flagged);
      if (live) {
        const written = await this.writer.write(flagged, asOf, settings, claimed, options.now ?? new Date());
        newVersions += written.newVersions;
        flagged.forEach((evaluation, i) => hits.push({ flagId: written.flagIds[i] ?? null, evaluation }));
      } else {
        hits.push(...(await this.matchReadOnly(flagged, claimed)));
      }
    }
    let deactivated = 0;
    let noLongerFound: string[] = [];
    if (live) {
      deactivated = await this.writer.deactivate({
        districtCodes: districts,
        addressIds: [],
        claimedIds: [...claimed],
        now: options.now ?? new Date(),
      });
    } else {
      const active = await this.graph.read<{ id: string; districtCode: string }>('flags/active', { districtCodes: districts });
      noLongerFound = active.map((a) => a.id).filter((id) => !claimed.has(id));
    }
    const result = {
      asOf,
      live,
      clusters,
      hits,
      newVersions,
      deactivated,
      noLongerFound,
      settingsHash: settings.hash,
      elapsedMs: Date.now() - started,
    };
    this.logger.log(
      `${live ? 'scan' : 'back-test'} as of ${asOf}: ${clusters} clusters, ${hits.length} flagged, ${newVersions} new versions, ${deactivated} deactivated in ${result.elapsedMs} ms`,
    );
    return result;
  }

  /** Re-evaluates the clusters of these persons as of today and writes what changed (after ingest). */
  async recheck(personIds: string[], now: Date = new Date()): Promise<ScreeningResult> {
    const started = Date.now();
    const asOf = this.clock.today();
    const stored = await this.rules.storedSettings();
    const overrides = stored.overrides;
    const settings = this.settings(overrides, stored.versions);
    const evaluated = await this.scans.evaluatePersons(personIds, asOf, overrides);
    const flagged = evaluated.results.filter((r) => r.flagged);
    const claimed = new Set<string>();
    const written = await this.writer.write(flagged, asOf, settings, claimed, now);
    // without a live flag at these addresses before the write, there is nothing to deactivate
    const deactivated =
      evaluated.activeFlags === 0
        ? 0
        : await this.writer.deactivate({ districtCodes: [], addressIds: evaluated.addressIds, claimedIds: [...claimed], now });
    return {
      asOf,
      live: true,
      clusters: evaluated.clusters,
      hits: flagged.map((evaluation, i) => ({ flagId: written.flagIds[i] ?? null, evaluation })),
      newVersions: written.newVersions,
      deactivated,
      noLongerFound: [],
      settingsHash: settings.hash,
      elapsedMs: Date.now() - started,
    };
  }

  /** A back-test names the live flag each finding would continue, without writing. */
  private async matchReadOnly(flagged: EvaluatedCluster[], claimed: Set<string>): Promise<ScreeningHit[]> {
    if (flagged.length === 0) return [];
    const childIds = [...new Set(flagged.flatMap((h) => h.cluster.childIds))];
    const existing = await this.graph.read<{ id: string; childIds: string[]; createdAt: string }>('flags/existing-for-children', {
      childIds,
    });
    const matched = matchClusters(
      flagged.map((h) => ({ childIds: h.cluster.childIds })),
      existing,
      claimed,
    );
    return flagged.map((evaluation, i) => ({ flagId: matched[i] ?? null, evaluation }));
  }

  /**
   * The rule settings in force, as a hash over what every rule file gets (its text, parameters,
   * category roles and weights, keyword patterns), its weight and the policy; the version counts
   * the admins' saves. The writer keeps the settings once per hash with the versions they produce,
   * so any version can be re-derived.
   */
  settings(overrides: RuleOverrides, versions: Record<string, number> = {}): SettingsStamp {
    const { rules, policy } = this.rules.effective(overrides);
    const json = stableStringify({
      rules: rules.map((r) => ({
        id: r.def.id,
        file: r.def.file,
        fileSha256: sha256(r.def.cypher),
        kind: r.def.kind,
        params: r.cypherParams,
        weight: r.weight,
        enabled: r.enabled,
      })),
      policy,
    });
    return { hash: sha256(json), json, version: Object.values(versions).reduce((sum, v) => sum + v, 0) };
  }
}
