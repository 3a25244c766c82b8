import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service.js';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { BadInputError } from '../common/app-error.js';
import { RiskPolicyModel, RiskRuleModel } from './models/rule.model.js';
import { RuleRegistry, type RuleOverrides } from './rule-registry.js';

const READERS = ['coordinator', 'admin', 'analyst'] as const;

@Resolver()
export class RiskResolver {
  constructor(
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Access({ roles: READERS })
  @Query(() => [RiskRuleModel], { description: 'The rules in force: their files, parameters (with reasons) and weights' })
  async riskRules(): Promise<RiskRuleModel[]> {
    const { rules } = this.rules.effective(await this.rules.storedOverrides());
    const municipal = this.rules.effective(await this.rules.storedOverrides(), 'municipal').rules;
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
    return this.rules.effective(await this.rules.storedOverrides()).policy;
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => Boolean, { description: 'Saves rule parameter overrides (validated); the next scan uses them' })
  async setRuleParameters(
    @CurrentPrincipal() principal: Principal,
    @Args('parameters', { type: () => String }) parameters: string,
  ): Promise<boolean> {
    const overrides = parseOverrides(parameters);
    await this.rules.saveOverrides(overrides, principal.id);
    await this.audit.record({ actor: principal, operation: 'setRuleParameters', detail: { parameters: overrides } });
    return true;
  }
}

/** Rule settings as an admin sends them (JSON), checked for shape; validateOverrides checks the values. */
export function parseOverrides(raw: string): RuleOverrides {
  if (raw.length > 20_000) throw new BadInputError('parameters', 'is too long');
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as RuleOverrides;
  } catch {
    throw new BadInputError('parameters', 'must be a JSON object like {"rules": {"address-churn": {"params": {"minChanges": 6}}}}');
  }
}
