import { Inject, Injectable } from '@nestjs/common';
import { BadInputError } from '../common/app-error.js';
import { CypherRegistry } from '../graph/cypher-registry.js';
import { GraphService } from '../graph/graph.service.js';
import { DEFAULT_POLICY, type FlagPolicy } from './flag-policy.js';
import { checkParamValue, parseRuleFile, type ParamValue, type RuleDefinition } from './rule-header.js';

/** What an admin may change: per rule its parameters, weight and whether it runs; and the flag policy. */
export interface RuleOverrides {
  rules?: Record<string, { params?: Record<string, ParamValue>; weight?: number; enabled?: boolean }>;
  policy?: Partial<FlagPolicy>;
}

export interface EffectiveRule {
  def: RuleDefinition;
  params: Record<string, ParamValue>;
  weight: number;
  enabled: boolean;
}

/** Discovers the rules in cypher/risk/ (adding a file adds a rule) and applies configured overrides. */
@Injectable()
export class RuleRegistry {
  readonly rules: RuleDefinition[];

  constructor(
    @Inject(CypherRegistry) registry: CypherRegistry,
    @Inject(GraphService) private readonly graph: GraphService,
  ) {
    this.rules = registry.list('risk').map((f) => parseRuleFile(f.name, f.text));
    const ids = new Set<string>();
    for (const rule of this.rules) {
      if (ids.has(rule.id)) throw new Error(`two rule files declare the id ${rule.id}`);
      ids.add(rule.id);
    }
  }

  rule(id: string): RuleDefinition | undefined {
    return this.rules.find((r) => r.id === id);
  }

  async storedOverrides(): Promise<RuleOverrides> {
    const [row] = await this.graph.read<{ overrides: string | null }>('scan/settings');
    return row?.overrides ? (JSON.parse(row.overrides) as RuleOverrides) : {};
  }

  async saveOverrides(overrides: RuleOverrides, actor: string, now: Date = new Date()): Promise<void> {
    validateOverrides(this.rules, overrides);
    await this.graph.write('scan/save-settings', { overrides: JSON.stringify(overrides), actor, now: now.toISOString() });
  }

  effective(overrides: RuleOverrides, source: 'police' | 'municipal' = 'police'): { rules: EffectiveRule[]; policy: FlagPolicy } {
    validateOverrides(this.rules, overrides);
    const rules = this.rules
      .filter((def) => def.source === source)
      .map((def) => {
        const o = overrides.rules?.[def.id] ?? {};
        const params = Object.fromEntries(def.params.map((p) => [p.name, o.params?.[p.name] ?? p.default]));
        return { def, params, weight: o.weight ?? def.weight, enabled: o.enabled ?? true };
      });
    return { rules, policy: { ...DEFAULT_POLICY, ...overrides.policy } };
  }
}

/** Every override names a known rule and parameter and fits its type and bounds. */
export function validateOverrides(rules: RuleDefinition[], overrides: RuleOverrides): void {
  for (const [ruleId, o] of Object.entries(overrides.rules ?? {})) {
    const def = rules.find((r) => r.id === ruleId);
    if (!def) throw new BadInputError('rules', `unknown rule "${ruleId}"`);
    for (const [name, value] of Object.entries(o.params ?? {})) {
      const param = def.params.find((p) => p.name === name);
      if (!param) throw new BadInputError(`${ruleId}.${name}`, 'unknown parameter');
      const problem = checkParamValue(param, value);
      if (problem) throw new BadInputError(`${ruleId}.${name}`, problem);
    }
    if (o.weight !== undefined && (typeof o.weight !== 'number' || o.weight < 0 || o.weight > 100)) {
      throw new BadInputError(`${ruleId}.weight`, 'must be a number from 0 to 100');
    }
    if (o.enabled !== undefined && typeof o.enabled !== 'boolean') throw new BadInputError(`${ruleId}.enabled`, 'must be true or false');
  }
  const min = overrides.policy?.minContextRules;
  if (min !== undefined && (!Number.isInteger(min) || min < 1 || min > 10)) {
    throw new BadInputError('policy.minContextRules', 'must be a whole number from 1 to 10');
  }
}
