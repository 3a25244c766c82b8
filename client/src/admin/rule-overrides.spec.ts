import { describe, expect, it } from 'vitest';
import type { RiskRuleInfo } from './admin-api';
import {
  buildOverrides,
  declaredWeight,
  draftChanges,
  draftFromRules,
  draftProblems,
  parseParam,
  valueText,
  type Draft,
} from './rule-overrides';

const churn: RiskRuleInfo = {
  id: 'address-churn',
  settingsVersion: 0,
  titleDa: 'Mange adresseskift',
  titleEn: 'Many address changes',
  description: '',
  kind: 'context',
  source: 'police',
  weight: 15,
  enabled: true,
  cypher: '// id: address-churn\n// weight: 15\n// param minChanges: integer = 5 (2..50) — why\nMATCH (p) RETURN p\n// weight: 99\n',
  parameters: [
    { name: 'minChanges', type: 'integer', defaultValue: '5', value: '6', min: 2, max: 50, reason: 'why' },
    { name: 'windowYears', type: 'integer', defaultValue: '3', value: '3', min: 1, max: 15, reason: 'why' },
  ],
};
const exposure: RiskRuleInfo = {
  ...churn,
  id: 'child-exposure',
  settingsVersion: 0,
  kind: 'trigger',
  weight: 50,
  cypher: '// id: child-exposure\n// weight: 50\nMATCH (c) RETURN c\n',
  parameters: [
    {
      name: 'roles',
      type: 'string[]',
      defaultValue: '["victim","witness"]',
      value: '["victim","witness"]',
      min: null,
      max: null,
      reason: '',
    },
  ],
};
const RULES = [churn, exposure];

const edit = (draft: Draft, ruleId: string, change: (d: Draft['rules'][string]) => void): Draft => {
  const copy = structuredClone(draft);
  change(copy.rules[ruleId]!);
  return copy;
};

describe('parameter values', () => {
  it('shows values as text, a list one item a line', () => {
    expect(valueText('integer', '6')).toBe('6');
    expect(valueText('string[]', '["a","b c"]')).toBe('a\nb c');
    expect(valueText('string', '"x"')).toBe('x');
  });

  it('checks type and bounds', () => {
    const p = { type: 'integer', min: 2, max: 50 };
    expect(parseParam(p, ' 7 ')).toEqual({ ok: true, value: 7 });
    expect(parseParam(p, '1')).toEqual({ ok: false, problem: { key: 'min', vars: { min: 2 } } });
    expect(parseParam(p, '51')).toEqual({ ok: false, problem: { key: 'max', vars: { max: 50 } } });
    expect(parseParam(p, '2.5')).toEqual({ ok: false, problem: { key: 'integer' } });
    expect(parseParam(p, 'seks')).toEqual({ ok: false, problem: { key: 'integer' } });
    expect(parseParam(p, '')).toEqual({ ok: false, problem: { key: 'integer' } });
    expect(parseParam({ type: 'float', min: 0, max: 1 }, '0,5')).toEqual({ ok: true, value: 0.5 });
    expect(parseParam({ type: 'boolean', min: null, max: null }, 'true')).toEqual({ ok: true, value: true });
    expect(parseParam({ type: 'string[]', min: null, max: null }, 'kniv\n\n  narko \n')).toEqual({ ok: true, value: ['kniv', 'narko'] });
    expect(parseParam({ type: 'string[]', min: null, max: null }, 'x'.repeat(101)).ok).toBe(false);
  });

  it('reads the declared weight from the header only', () => {
    expect(declaredWeight(churn.cypher)).toBe(15);
    expect(declaredWeight('MATCH (n) RETURN n')).toBeNull();
  });
});

describe('the overrides JSON', () => {
  const draft = draftFromRules(RULES, 2);

  it('starts from the values in force', () => {
    expect(draft.rules['address-churn']).toEqual({ params: { minChanges: '6', windowYears: '3' }, weight: '15', enabled: true });
    expect(draftChanges(RULES, draft, 2)).toEqual([]);
  });

  it('sends only what differs from the defaults when saving', () => {
    expect(buildOverrides(RULES, draft, { complete: false })).toEqual({
      overrides: { rules: { 'address-churn': { params: { minChanges: 6 } } } },
      problems: null,
    });
  });

  it('names every rule and the policy for a back-test, so a reset to defaults counts', () => {
    const reset = edit(draft, 'address-churn', (d) => (d.params.minChanges = '5'));
    expect(buildOverrides(RULES, reset, { complete: true }).overrides).toEqual({
      rules: { 'address-churn': {}, 'child-exposure': {} },
      policy: { minContextRules: 2 },
    });
  });

  it('carries weight, enabled, lists and the policy', () => {
    let changed = edit(draft, 'child-exposure', (d) => {
      d.weight = '45';
      d.enabled = false;
      d.params.roles = 'victim';
    });
    changed = { ...changed, minContextRules: '3' };
    expect(buildOverrides(RULES, changed, { complete: false }).overrides).toEqual({
      rules: {
        'address-churn': { params: { minChanges: 6 } },
        'child-exposure': { params: { roles: ['victim'] }, weight: 45, enabled: false },
      },
      policy: { minContextRules: 3 },
    });
    expect(draftChanges(RULES, changed, 2).map((c) => `${c.field}: ${c.from} → ${c.to}`)).toEqual([
      'child-exposure.roles: victim, witness → victim',
      'child-exposure.weight: 50 → 45',
      'child-exposure.enabled: true → false',
      'policy.minContextRules: 2 → 3',
    ]);
  });

  it('refuses a form with a bad field, naming the field as the server does', () => {
    const bad = { ...edit(draft, 'address-churn', (d) => (d.params.minChanges = '1')), minContextRules: '0' };
    const bad2 = edit(bad, 'child-exposure', (d) => (d.weight = '101'));
    expect(draftProblems(RULES, bad2)).toEqual({
      'address-churn.minChanges': { key: 'min', vars: { min: 2 } },
      'child-exposure.weight': { key: 'max', vars: { max: 100 } },
      'policy.minContextRules': { key: 'min', vars: { min: 1 } },
    });
    expect(buildOverrides(RULES, bad2, { complete: true }).overrides).toBeNull();
  });
});
