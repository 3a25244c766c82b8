import { RequestLang, type Lang } from '../common/lang.js';
import { DateScalar } from '../common/graphql-scalars.js';
import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service.js';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal, Purpose } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { BadInputError, LimitExceededError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { isIsoDate } from '@opspor/contract';
import { parseOverrides, RuleRegistry, type RuleOverrides } from '../risk/index.js';
import { FlagFilterInput } from './dto/flag-filter.input.js';
import { FlagsService } from './flags.service.js';
import { FlagModel, FlagPageModel } from './models/flag.model.js';
import { PreviewReportModel, ScanReportModel, ScanStatusModel } from './models/screening.model.js';
import { ScanScheduler } from './scan.scheduler.js';
import { ScreeningService, type ScreeningResult } from './screening.service.js';
import { newFlagId } from './versions.js';

const READERS = ['coordinator', 'admin', 'analyst'] as const;

@Resolver()
export class FlagsResolver {
  constructor(
    @Inject(FlagsService) private readonly flagsService: FlagsService,
    @Inject(ScreeningService) private readonly screening: ScreeningService,
    @Inject(ScanScheduler) private readonly scheduler: ScanScheduler,
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Access({ roles: READERS, purpose: true })
  @Query(() => FlagPageModel, {
    description: 'The inbox: one page of the flags you may see that match the filter, with counts per status. Audited.',
  })
  flags(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('filter', { description: 'which flags to list', type: () => FlagFilterInput, nullable: true }) filter: FlagFilterInput | null,
    @Args('first', { description: 'how many to return at most', type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { description: 'where the page starts: the endCursor of the page before', type: () => String, nullable: true })
    after: string | null,
  ): Promise<FlagPageModel> {
    if (first < 1 || first > 100) throw new LimitExceededError({ field: 'first' }, 100, first);
    return this.flagsService.list(principal, purpose, filter ?? {}, first, after);
  }

  @Access({ roles: READERS, purpose: true })
  @Query(() => FlagModel, {
    description: 'A flag as of its current version (or an earlier one), with what changed since you last looked. Audited.',
  })
  flag(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('id', { description: 'the flag’s id', type: () => String }) id: string,
    @RequestLang() requestLang: Lang,
    @Args('lang', { type: () => String, nullable: true, description: 'da or en; left out: the request’s language (Accept-Language)' })
    lang: string | null,
    @Args('version', { type: () => Int, nullable: true, description: 'an earlier version (default: the current one)' })
    version: number | null,
  ): Promise<FlagModel> {
    const shown: Lang = lang === 'en' || lang === 'da' ? lang : requestLang;
    return this.flagsService.get(principal, purpose, id.slice(0, 200), shown, version ?? null);
  }

  @Access({ roles: ['admin'] })
  @Query(() => ScanStatusModel, { description: 'The weekly screening: last completed scan and when the next is due' })
  scanStatus(): Promise<ScanStatusModel> {
    return this.scheduler.status();
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => ScanReportModel, {
    description:
      'A full scan of every police district. As of today (the default) it writes live flags; as of an earlier date it is a back-test that writes nothing.',
  })
  async runScan(
    @CurrentPrincipal() principal: Principal,
    @Args('asOf', { type: () => DateScalar, nullable: true, description: 'the evaluation date; default today (Copenhagen)' })
    asOf: string | null,
  ): Promise<ScanReportModel> {
    const date = checkDate(asOf ?? this.clock.today());
    await this.audit.record({ actor: principal, operation: 'runScan', detail: { asOf: date, live: date === this.clock.today() } });
    return toScanReport(await this.screening.run({ asOf: date }));
  }

  @Access({ roles: ['admin'] })
  @Query(() => PreviewReportModel, { description: 'Back-test: what changed parameters would flag, writing nothing' })
  async previewRules(
    @CurrentPrincipal() principal: Principal,
    @Args('parameters', {
      type: () => String,
      description: 'JSON overrides: {"rules": {"id": {"params": {...}, "weight": n, "enabled": b}}, "policy": {"minContextRules": n}}',
    })
    parameters: string,
    @Args('asOf', { type: () => DateScalar, nullable: true, description: 'the evaluation date; default today (Copenhagen)' })
    asOf: string | null,
  ): Promise<PreviewReportModel> {
    const date = checkDate(asOf ?? this.clock.today());
    const changed = parseOverrides(parameters);
    const stored = await this.rules.storedOverrides();
    const merged: RuleOverrides = {
      rules: { ...stored.rules, ...changed.rules },
      policy: { ...stored.policy, ...changed.policy },
      categories: { ...stored.categories, ...changed.categories },
    };
    await this.audit.record({ actor: principal, operation: 'previewRules', detail: { asOf: date, parameters: changed } });
    const result = await this.screening.run({ asOf: date, overrides: merged });
    const continuing = result.hits.filter((h) => h.flagId !== null);
    return {
      asOf: date,
      clusters: result.clusters,
      wouldFlag: result.hits.length,
      currentlyFlagged: continuing.length + result.noLongerFound.length,
      added: result.hits
        .filter((h) => h.flagId === null)
        .map((h) => newFlagId(h.evaluation.cluster.childIds, new Set()))
        .sort(),
      removed: [...result.noLongerFound].sort(),
    };
  }
}

function toScanReport(result: ScreeningResult): ScanReportModel {
  return {
    asOf: result.asOf,
    live: result.live,
    clusters: result.clusters,
    flagged: result.hits.length,
    newVersions: result.newVersions,
    deactivated: result.deactivated,
    matchingExisting: result.hits.filter((h) => h.flagId !== null).length,
    noLongerFound: result.noLongerFound.length,
    settingsHash: result.settingsHash,
    elapsedMs: result.elapsedMs,
  };
}

export function checkDate(value: string): string {
  if (!isIsoDate(value))
    throw new BadInputError('asOf', {
      da: `skal være en dato ÅÅÅÅ-MM-DD, fik "${value.slice(0, 40)}"`,
      en: `must be a date YYYY-MM-DD, got "${value.slice(0, 40)}"`,
    });
  return value;
}
