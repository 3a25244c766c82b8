import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service.js';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal, Purpose } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { BadInputError, LimitExceededError } from '../common/app-error.js';
import { isIsoDate } from '../ingest/validate.js';
import { Clock } from './clock.js';
import { FlagFilterInput } from './dto/flag-filter.input.js';
import { FlagsService } from './flags.service.js';
import { FlagModel, FlagPageModel } from './models/flag.model.js';
import { PreviewReportModel, RiskCategorySettingsModel, RiskPolicyModel, RiskRuleModel, ScanReportModel } from './models/rule.model.js';
import { ReferenceService } from '../reference/reference.service.js';
import { RuleRegistry, type RuleOverrides, type RuleSetting } from './rule-registry.js';
import { ScanService } from './scan.service.js';
import { GraphService } from '../graph/graph.service.js';

const READERS = ['coordinator', 'admin', 'analyst'] as const;

@Resolver()
export class RiskResolver {
  constructor(
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(ScanService) private readonly scans: ScanService,
    @Inject(FlagsService) private readonly flagsService: FlagsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  @Access({ roles: READERS })
  @Query(() => [RiskRuleModel], { description: 'The rules in force: their files, parameters (with reasons) and weights' })
  async riskRules(): Promise<RiskRuleModel[]> {
    const stored = await this.rules.storedSettings();
    const { rules } = this.rules.effective(stored.overrides);
    const municipal = this.rules.effective(stored.overrides, 'municipal').rules;
    return [...rules, ...municipal].map((r) => ({
      id: r.def.id,
      titleDa: r.def.titleDa,
      titleEn: r.def.titleEn,
      description: r.def.description,
      kind: r.def.kind,
      source: r.def.source,
      weight: r.weight,
      enabled: r.enabled,
      cypher: r.def.cypher,
      settingsVersion: stored.versions[`rule:${r.def.id}`] ?? 0,
      parameters: r.def.params.map((p) => ({
        name: p.name,
        type: p.type,
        defaultValue: JSON.stringify(p.default),
        value: JSON.stringify(r.params[p.name]),
        min: p.min ?? null,
        max: p.max ?? null,
        reason: p.reason,
      })),
    }));
  }

  @Access({ roles: READERS })
  @Query(() => RiskPolicyModel, { description: 'The flag policy in force: how many different context rules flag a cluster' })
  async riskPolicy(): Promise<RiskPolicyModel> {
    const stored = await this.rules.storedSettings();
    return { ...this.rules.effective(stored.overrides).policy, version: stored.versions['policy'] ?? 0 };
  }

  @Access({ roles: READERS, purpose: true })
  @Query(() => FlagPageModel)
  flags(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('filter', { type: () => FlagFilterInput, nullable: true }) filter: FlagFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<FlagPageModel> {
    if (first < 1 || first > 100) throw new LimitExceededError('first', 100, first);
    return this.flagsService.list(principal, purpose, filter ?? {}, first, after);
  }

  @Access({ roles: READERS, purpose: true })
  @Query(() => FlagModel)
  flag(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('id', { type: () => String }) id: string,
    @Args('lang', { type: () => String, defaultValue: 'da' }) lang: string,
  ): Promise<FlagModel> {
    return this.flagsService.get(principal, purpose, id.slice(0, 200), lang === 'en' ? 'en' : 'da');
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => ScanReportModel, { description: 'A full scan of every police district as of a date (default: today)' })
  async runScan(
    @CurrentPrincipal() principal: Principal,
    @Args('asOf', { type: () => String, nullable: true }) asOf: string | null,
  ): Promise<ScanReportModel> {
    const date = checkDate(asOf ?? this.clock.today());
    await this.audit.record({ actor: principal, operation: 'runScan', detail: { asOf: date } });
    const result = await this.scans.scan({ asOf: date, write: true });
    return {
      asOf: date,
      clusters: result.clusters,
      flagged: result.flagged.length,
      deactivated: result.deactivated,
      elapsedMs: result.elapsedMs,
    };
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
    @Args('asOf', { type: () => String, nullable: true }) asOf: string | null,
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
    const result = await this.scans.scan({ asOf: date, write: false, overrides: merged });
    const current = new Set((await this.graph.read<{ id: string }>('scan/active-flags', { districtCode: null })).map((r) => r.id));
    const would = new Set(result.flagged.map((f) => f.cluster.id));
    return {
      asOf: date,
      clusters: result.clusters,
      wouldFlag: would.size,
      currentlyFlagged: current.size,
      added: [...would].filter((id) => !current.has(id)).sort(),
      removed: [...current].filter((id) => !would.has(id)).sort(),
    };
  }

  @Access({ roles: READERS })
  @Query(() => RiskCategorySettingsModel, {
    description: 'Per risk category: the roles that count and the weight, with defaults and reasons',
  })
  async riskCategories(): Promise<RiskCategorySettingsModel> {
    const stored = await this.rules.storedSettings();
    return {
      version: stored.versions['categories'] ?? 0,
      categories: this.rules.categoryRules(stored.overrides).map((c) => {
        const ref = this.reference.category(c.code);
        return { ...c, labelDa: ref?.labelDa ?? c.code, labelEn: ref?.labelEn ?? c.code };
      }),
    };
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => Int, {
    description:
      'Saves one rule’s settings (parameters, weight, enabled) if nobody saved them since expectedVersion; returns the new version. ' +
      'An empty keyword list needs confirmEmptyKeywords.',
  })
  async saveRuleSettings(
    @CurrentPrincipal() principal: Principal,
    @Args('ruleId', { type: () => String }) ruleId: string,
    @Args('settings', { type: () => String, description: 'JSON: {"params": {...}, "weight": n, "enabled": b}' }) settings: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('confirmEmptyKeywords', { type: () => Boolean, defaultValue: false }) confirmEmptyKeywords: boolean,
  ): Promise<number> {
    const value = parseJsonObject<RuleSetting>(settings, 'settings', '{"params": {"minChanges": 6}}');
    const id = ruleId.slice(0, 100);
    if (!this.rules.rule(id)) throw new BadInputError('ruleId', `unknown rule "${id}"`);
    const version = await this.rules.saveSettings(`rule:${id}`, value, expectedVersion, principal.id, { confirmEmptyKeywords });
    await this.audit.record({ actor: principal, operation: 'saveRuleSettings', detail: { ruleId: id, settings: value, version } });
    return version;
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => Int, { description: 'Saves the roles and weights per risk category if nobody saved them since expectedVersion' })
  async saveCategorySettings(
    @CurrentPrincipal() principal: Principal,
    @Args('settings', { type: () => String, description: 'JSON: {"husspektakler": {"roles": ["suspect"], "weight": 1}}' }) settings: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<number> {
    const value = parseJsonObject<Record<string, { roles?: string[]; weight?: number }>>(settings, 'settings', '{"vold": {"weight": 1}}');
    const version = await this.rules.saveSettings('categories', value, expectedVersion, principal.id);
    await this.audit.record({ actor: principal, operation: 'saveCategorySettings', detail: { settings: value, version } });
    return version;
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => Int, { description: 'Saves the flag policy if nobody saved it since expectedVersion' })
  async savePolicySettings(
    @CurrentPrincipal() principal: Principal,
    @Args('minContextRules', { type: () => Int }) minContextRules: number,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<number> {
    const version = await this.rules.saveSettings('policy', { minContextRules }, expectedVersion, principal.id);
    await this.audit.record({ actor: principal, operation: 'savePolicySettings', detail: { minContextRules, version } });
    return version;
  }
}

function checkDate(value: string): string {
  if (!isIsoDate(value)) throw new BadInputError('asOf', `must be a date YYYY-MM-DD, got "${value.slice(0, 40)}"`);
  return value;
}

function parseOverrides(raw: string): RuleOverrides {
  return parseJsonObject<RuleOverrides>(raw, 'parameters', '{"rules": {"address-churn": {"params": {"minChanges": 6}}}}');
}

function parseJsonObject<T>(raw: string, field: string, example: string): T {
  if (raw.length > 20_000) throw new BadInputError(field, 'is too long');
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as T;
  } catch {
    throw new BadInputError(field, `must be a JSON object like ${example}`);
  }
}
