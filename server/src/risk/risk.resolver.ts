import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service.js';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { BadInputError } from '../common/app-error.js';
import { RequestLang, type Lang } from '../common/lang.js';
import { RiskCategorySettingsModel, RiskPolicyModel, RiskRuleModel } from './models/rule.model.js';
import { ReferenceService } from '../reference/reference.service.js';
import { RuleRegistry, type RuleOverrides, type RuleSetting } from './rule-registry.js';

const READERS = ['coordinator', 'admin', 'analyst'] as const;

@Resolver()
export class RiskResolver {
  constructor(
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  @Access({ roles: READERS })
  @Query(() => [RiskRuleModel], { description: 'The rules in force: their files, parameters (with reasons) and weights' })
  async riskRules(@RequestLang() lang: Lang): Promise<RiskRuleModel[]> {
    const stored = await this.rules.storedSettings();
    const { rules } = this.rules.effective(stored.overrides);
    const municipal = this.rules.effective(stored.overrides, 'municipal').rules;
    return [...rules, ...municipal].map((r) => ({
      id: r.def.id,
      title: lang === 'en' ? r.def.titleEn : r.def.titleDa,
      titleDa: r.def.titleDa,
      titleEn: r.def.titleEn,
      description: r.def.description[lang],
      descriptionDa: r.def.description.da,
      descriptionEn: r.def.description.en,
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
        reason: p.reason[lang],
        reasonDa: p.reason.da,
        reasonEn: p.reason.en,
      })),
    }));
  }

  @Access({ roles: READERS })
  @Query(() => RiskPolicyModel, { description: 'The flag policy in force: how many different context rules flag a cluster' })
  async riskPolicy(): Promise<RiskPolicyModel> {
    const stored = await this.rules.storedSettings();
    return { ...this.rules.effective(stored.overrides).policy, version: stored.versions['policy'] ?? 0 };
  }

  @Access({ roles: READERS })
  @Query(() => RiskCategorySettingsModel, {
    description: 'Per risk category: the roles that count and the weight, with defaults and reasons',
  })
  async riskCategories(@RequestLang() lang: Lang): Promise<RiskCategorySettingsModel> {
    const stored = await this.rules.storedSettings();
    return {
      version: stored.versions['categories'] ?? 0,
      categories: this.rules.categoryRules(stored.overrides).map((c) => {
        const ref = this.reference.category(c.code);
        return {
          ...c,
          labelDa: ref?.labelDa ?? c.code,
          labelEn: ref?.labelEn ?? c.code,
          reason: c.reason[lang],
          reasonDa: c.reason.da,
          reasonEn: c.reason.en,
        };
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
    @Args('ruleId', { description: 'the rule’s id', type: () => String }) ruleId: string,
    @Args('settings', { type: () => String, description: 'JSON: {"params": {...}, "weight": n, "enabled": b}' }) settings: string,
    @Args('expectedVersion', { description: 'the version last read; a stale one is refused (CONFLICT)', type: () => Int })
    expectedVersion: number,
    @Args('confirmEmptyKeywords', {
      description: 'true to save a rule whose keyword list is empty',
      type: () => Boolean,
      defaultValue: false,
    })
    confirmEmptyKeywords: boolean,
  ): Promise<number> {
    const value = parseJsonObject<RuleSetting>(settings, 'settings', '{"params": {"minChanges": 6}}');
    const id = ruleId.slice(0, 100);
    if (!this.rules.rule(id)) throw new BadInputError('ruleId', { da: `ukendt regel "${id}"`, en: `unknown rule "${id}"` });
    const version = await this.rules.saveSettings(`rule:${id}`, value, expectedVersion, principal.id, { confirmEmptyKeywords });
    await this.audit.record({ actor: principal, operation: 'saveRuleSettings', detail: { ruleId: id, settings: value, version } });
    return version;
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => Int, { description: 'Saves the roles and weights per risk category if nobody saved them since expectedVersion' })
  async saveCategorySettings(
    @CurrentPrincipal() principal: Principal,
    @Args('settings', { type: () => String, description: 'JSON: {"husspektakler": {"roles": ["suspect"], "weight": 1}}' }) settings: string,
    @Args('expectedVersion', { description: 'the version last read; a stale one is refused (CONFLICT)', type: () => Int })
    expectedVersion: number,
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
    @Args('minContextRules', { description: 'how many context rules a flag needs beside its trigger', type: () => Int })
    minContextRules: number,
    @Args('expectedVersion', { description: 'the version last read; a stale one is refused (CONFLICT)', type: () => Int })
    expectedVersion: number,
  ): Promise<number> {
    const version = await this.rules.saveSettings('policy', { minContextRules }, expectedVersion, principal.id);
    await this.audit.record({ actor: principal, operation: 'savePolicySettings', detail: { minContextRules, version } });
    return version;
  }
}

/** Rule settings as an admin sends them (JSON), checked for shape; validateOverrides checks the values. */
export function parseOverrides(raw: string): RuleOverrides {
  return parseJsonObject<RuleOverrides>(raw, 'parameters', '{"rules": {"address-churn": {"params": {"minChanges": 6}}}}');
}

function parseJsonObject<T>(raw: string, field: string, example: string): T {
  if (raw.length > 20_000) throw new BadInputError(field, { da: 'er for lang', en: 'is too long' });
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as T;
  } catch {
    throw new BadInputError(field, { da: `skal være et JSON-objekt som ${example}`, en: `must be a JSON object like ${example}` });
  }
}
