import { Inject, Injectable } from '@nestjs/common';
import { AppError, BadInputError } from '../common/app-error.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { GraphService } from '../graph/graph.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { DEFAULT_POLICY, type FlagPolicy } from './flag-policy.js';
import {
  categoryParams,
  effectiveCategoryRules,
  validateCategoryOverrides,
  type CategoryOverride,
  type EffectiveCategoryRule,
} from './rule-categories.js';
import { checkParamValue, parseRuleFile, type ParamValue, type RuleDefinition } from './rule-header.js';
import { checkKeywords, keywordPattern } from './rule-keywords.js';

/** What an admin may change: per rule its parameters, weight and whether it runs; and the flag policy. */
export interface RuleSetting {
  params?: Record<string, ParamValue>;
  weight?: number;
  enabled?: boolean;
}

export interface RuleOverrides {
  rules?: Record<string, RuleSetting>;
  policy?: Partial<FlagPolicy>;
  /** per risk category: the roles that count as the person's own behaviour, and the case weight */
  categories?: Record<string, CategoryOverride>;
}

export interface EffectiveRule {
  def: RuleDefinition;
  params: Record<string, ParamValue>;
  weight: number;
  enabled: boolean;
  /** what the rule file gets: its parameters plus the category maps and compiled keyword patterns */
  cypherParams: Record<string, unknown>;
}

/** Each saved part of the settings with its version (optimistic concurrency: a stale save is refused). */
export type SettingsKey = `rule:${string}` | 'categories' | 'policy';

export interface StoredSettings {
  overrides: RuleOverrides;
  versions: Record<string, number>;
}

export class StaleSettingsError extends AppError {
  constructor(key: string, expected: number, current: number, by: string | null, at: string | null) {
    super(
      'CONFLICT',
      {
        da:
          `${key} blev gemt af ${by ?? 'en anden'}${at ? ` ${at}` : ''}, efter du åbnede den (din version ${expected}, nu ${current}): ` +
          'genindlæs indstillingerne, og lav din ændring igen',
        en:
          `${key} was saved by ${by ?? 'someone else'}${at ? ` at ${at}` : ''} after you opened it (your version ${expected}, now ${current}): ` +
          'reload the settings and apply your change again',
      },
      { key, expected, current },
    );
  }
}

/** Discovers the rules in cypher/risk/ (adding a file adds a rule) and applies configured overrides. */
@Injectable()
export class RuleRegistry {
  readonly rules: RuleDefinition[];

  constructor(
    @Inject(CypherRegistry) registry: CypherRegistry,
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {
    this.rules = registry.list('risk').map((f) => parseRuleFile(f.name, f.text));
    const ids = new Set<string>();
    for (const rule of this.rules) {
      if (ids.has(rule.id)) throw new Error(`two rule files declare the id ${rule.id}`);
      ids.add(rule.id);
    }
    for (const rule of this.rules)
      if (rule.historyOf && !ids.has(rule.historyOf)) throw new Error(`${rule.file}: history.of names no rule (${rule.historyOf})`);
  }

  rule(id: string): RuleDefinition | undefined {
    return this.rules.find((r) => r.id === id);
  }

  /** The risk categories' codes (the reference data, including configured extra categories). */
  riskCodes(): string[] {
    return this.reference.categories.filter((c) => c.risk).map((c) => c.code);
  }

  async storedOverrides(): Promise<RuleOverrides> {
    return (await this.storedSettings()).overrides;
  }

  /**
   * The saved settings: the legacy whole-settings record (if any) with each separately saved part
   * (one per rule, the categories, the policy) over it, and each part's version.
   */
  async storedSettings(): Promise<StoredSettings> {
    const rows = await this.graph.read<{ id: string; settings: string | null; version: number | null }>('rule-settings/all');
    const legacy = rows.find((r) => r.id === 'risk');
    const overrides: RuleOverrides = legacy?.settings ? (JSON.parse(legacy.settings) as RuleOverrides) : {};
    const versions: Record<string, number> = {};
    for (const row of rows) {
      if (row.id === 'risk') continue;
      versions[row.id] = row.version ?? 0;
      if (!row.settings) continue;
      const value = JSON.parse(row.settings) as unknown;
      if (row.id === 'categories') overrides.categories = value as Record<string, CategoryOverride>;
      else if (row.id === 'policy') overrides.policy = value as Partial<FlagPolicy>;
      else if (row.id.startsWith('rule:')) overrides.rules = { ...overrides.rules, [row.id.slice(5)]: value as RuleSetting };
    }
    return { overrides, versions };
  }

  /**
   * Saves one part of the settings if nobody saved it since `expectedVersion` (0: never saved);
   * returns the new version. Validated first; an empty keyword list needs `confirmEmptyKeywords`.
   */
  async saveSettings(
    key: SettingsKey,
    value: RuleSetting | Record<string, CategoryOverride> | Partial<FlagPolicy>,
    expectedVersion: number,
    actor: string,
    options: { confirmEmptyKeywords?: boolean; now?: Date } = {},
  ): Promise<number> {
    const check: RuleOverrides =
      key === 'categories'
        ? { categories: value as Record<string, CategoryOverride> }
        : key === 'policy'
          ? { policy: value as Partial<FlagPolicy> }
          : { rules: { [key.slice(5)]: value as RuleSetting } };
    validateOverrides(this.rules, check, this.riskCodes());
    const keywords = (value as RuleSetting).params?.['keywords'];
    if (key.startsWith('rule:') && Array.isArray(keywords)) checkKeywords(keywords, options.confirmEmptyKeywords === true);
    const now = (options.now ?? new Date()).toISOString();
    const [row] = await this.graph.write<{ saved: boolean; version: number; updatedBy: string | null; updatedAt: string | null }>(
      'rule-settings/save',
      { id: key, settings: JSON.stringify(value), expectedVersion, actor, now },
    );
    if (!row?.saved) throw new StaleSettingsError(key, expectedVersion, row?.version ?? 0, row?.updatedBy ?? null, row?.updatedAt ?? null);
    return row.version;
  }

  effective(overrides: RuleOverrides, source: 'police' | 'municipal' = 'police'): { rules: EffectiveRule[]; policy: FlagPolicy } {
    validateOverrides(this.rules, overrides, this.riskCodes());
    const categories = categoryParams(this.categoryRules(overrides));
    const paramsOf = (def: RuleDefinition): Record<string, ParamValue> => {
      const o = overrides.rules?.[def.id] ?? {};
      return Object.fromEntries(def.params.map((p) => [p.name, o.params?.[p.name] ?? p.default]));
    };
    const rules = this.rules
      .filter((def) => def.source === source)
      .map((def) => {
        const o = overrides.rules?.[def.id] ?? {};
        const params = paramsOf(def);
        // a history rule counts cases exactly as the rule it is the history of
        const base = def.historyOf ? this.rule(def.historyOf) : undefined;
        const counted = base ? { ...paramsOf(base), ...params } : params;
        const keywords = counted['keywords'];
        const keywordPatterns = Array.isArray(keywords) ? keywords.map(keywordPattern) : [];
        return {
          def,
          params,
          weight: o.weight ?? def.weight,
          enabled: o.enabled ?? true,
          cypherParams: { ...counted, ...categories, keywordPatterns },
        };
      });
    return { rules, policy: { ...DEFAULT_POLICY, ...overrides.policy } };
  }

  /** Roles and weight per risk category as in force, each with its default and reason. */
  categoryRules(overrides: RuleOverrides): EffectiveCategoryRule[] {
    return effectiveCategoryRules(this.riskCodes(), overrides.categories);
  }
}

/** Every override names a known rule and parameter and fits its type and bounds. */
export function validateOverrides(rules: RuleDefinition[], overrides: RuleOverrides, riskCodes?: readonly string[]): void {
  if (overrides.categories !== undefined && riskCodes) validateCategoryOverrides(riskCodes, overrides.categories);
  for (const [ruleId, o] of Object.entries(overrides.rules ?? {})) {
    const def = rules.find((r) => r.id === ruleId);
    if (!def) throw new BadInputError('rules', { da: `ukendt regel "${ruleId}"`, en: `unknown rule "${ruleId}"` });
    for (const [name, value] of Object.entries(o.params ?? {})) {
      const param = def.params.find((p) => p.name === name);
      if (!param) throw new BadInputError(`${ruleId}.${name}`, { da: 'ukendt parameter', en: 'unknown parameter' });
      const problem = checkParamValue(param, value);
      if (problem) throw new BadInputError(`${ruleId}.${name}`, problem);
    }
    if (o.weight !== undefined && (typeof o.weight !== 'number' || o.weight < 0 || o.weight > 100)) {
      throw new BadInputError(`${ruleId}.weight`, { da: 'skal være et tal fra 0 til 100', en: 'must be a number from 0 to 100' });
    }
    if (o.enabled !== undefined && typeof o.enabled !== 'boolean')
      throw new BadInputError(`${ruleId}.enabled`, { da: 'skal være true eller false', en: 'must be true or false' });
  }
  const min = overrides.policy?.minContextRules;
  if (min !== undefined && (!Number.isInteger(min) || min < 1 || min > 10)) {
    throw new BadInputError('policy.minContextRules', {
      da: 'skal være et helt tal fra 1 til 10',
      en: 'must be a whole number from 1 to 10',
    });
  }
}
