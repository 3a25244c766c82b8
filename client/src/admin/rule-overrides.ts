// The rules page's edit form as pure functions: the form holds text per field; these turn it
// into the overrides JSON that previewRules and saveRuleSettings take, checking each value
// against the parameter's type and bounds first (the same checks as server/src/risk/rule-header.ts,
// so a mistake is shown beside its field before any request).
import type { RiskRuleInfo, RuleParameterInfo } from './admin-api';

export type ParamValue = number | boolean | string | string[];

export interface RuleOverride {
  params?: Record<string, ParamValue>;
  weight?: number;
  enabled?: boolean;
}

export interface RuleOverrides {
  rules?: Record<string, RuleOverride>;
  policy?: { minContextRules?: number };
}

/**
 * Mirrors DEFAULT_POLICY in server/src/risk/flag-policy.ts. The API does not expose the flag
 * policy, so the page learns a saved one from the audit log and otherwise assumes this default.
 */
export const DEFAULT_MIN_CONTEXT_RULES = 2;
export const POLICY_FIELD = 'policy.minContextRules';

/** One rule in the form: text per parameter (a list one item a line), the weight as text, enabled. */
export interface RuleDraft {
  params: Record<string, string>;
  weight: string;
  enabled: boolean;
}

export interface Draft {
  rules: Record<string, RuleDraft>;
  minContextRules: string;
}

export type ProblemKey = 'number' | 'integer' | 'min' | 'max' | 'boolean' | 'string' | 'list';

export interface Problem {
  key: ProblemKey;
  vars?: Record<string, string | number>;
}

/** Field names as the server names them in `extensions.field`: `<rule>.<param>`, `<rule>.weight`, `policy.minContextRules`. */
export const paramField = (ruleId: string, name: string) => `${ruleId}.${name}`;
export const weightField = (ruleId: string) => `${ruleId}.weight`;

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** A JSON value from the API as the form shows it. */
export function valueText(type: string, json: string): string {
  const value = JSON.parse(json) as unknown;
  if (type === 'string[]' && Array.isArray(value)) return value.join('\n');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A shown value on one line (lists joined with commas), for tables and the change list. */
export function shortText(type: string, json: string): string {
  const value = JSON.parse(json) as unknown;
  if (type === 'string[]' && Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function parseNumber(text: string, integer: boolean, min: number | null, max: number | null): Parsed<number> {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return { ok: false, problem: { key: integer ? 'integer' : 'number' } };
  const value = Number(trimmed);
  if (integer && !Number.isInteger(value)) return { ok: false, problem: { key: 'integer' } };
  if (min !== null && value < min) return { ok: false, problem: { key: 'min', vars: { min } } };
  if (max !== null && value > max) return { ok: false, problem: { key: 'max', vars: { max } } };
  return { ok: true, value };
}

/** Reads a parameter's text as its type, within its bounds. */
export function parseParam(param: Pick<RuleParameterInfo, 'type' | 'min' | 'max'>, text: string): Parsed<ParamValue> {
  switch (param.type) {
    case 'integer':
    case 'float':
      return parseNumber(text, param.type === 'integer', param.min, param.max);
    case 'boolean':
      return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : { ok: false, problem: { key: 'boolean' } };
    case 'string':
      return text.length <= 200 ? { ok: true, value: text } : { ok: false, problem: { key: 'string', vars: { max: 200 } } };
    case 'string[]': {
      const items = text
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
      return items.length <= 100 && items.every((s) => s.length <= 100)
        ? { ok: true, value: items }
        : { ok: false, problem: { key: 'list', vars: { items: 100, length: 100 } } };
    }
    default:
      return { ok: true, value: text };
  }
}

export function parseWeight(text: string): Parsed<number> {
  return parseNumber(text, false, 0, 100);
}

export function parseMinContextRules(text: string): Parsed<number> {
  return parseNumber(text, true, 1, 10);
}

/** The weight a rule file declares (`// weight: 40` in its header); null when it cannot be read. */
export function declaredWeight(cypher: string): number | null {
  for (const line of cypher.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('//')) break; // the header ends at the first Cypher line
    const m = /^\/\/\s*weight:\s*(\d+(?:\.\d+)?)\s*$/.exec(trimmed);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The form as the rules stand now. */
export function draftFromRules(rules: readonly RiskRuleInfo[], minContextRules: number): Draft {
  return {
    rules: Object.fromEntries(
      rules.map((r) => [
        r.id,
        {
          params: Object.fromEntries(r.parameters.map((p) => [p.name, valueText(p.type, p.value)])),
          weight: String(r.weight),
          enabled: r.enabled,
        },
      ]),
    ),
    minContextRules: String(minContextRules),
  };
}

/** Every field whose text does not fit, by field name. */
export function draftProblems(rules: readonly RiskRuleInfo[], draft: Draft): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  for (const rule of rules) {
    const d = draft.rules[rule.id];
    if (!d) continue;
    for (const p of rule.parameters) {
      const parsed = parseParam(p, d.params[p.name] ?? '');
      if (!parsed.ok) problems[paramField(rule.id, p.name)] = parsed.problem;
    }
    const weight = parseWeight(d.weight);
    if (!weight.ok) problems[weightField(rule.id)] = weight.problem;
  }
  const min = parseMinContextRules(draft.minContextRules);
  if (!min.ok) problems[POLICY_FIELD] = min.problem;
  return problems;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The overrides for a valid form: per rule only what differs from the rule file's defaults, so a
 * later change of a default in the file is not pinned by an old save.
 *
 * `complete` (for previewRules) names every rule and the policy: the server lays a back-test's
 * overrides over the saved ones rule by rule, so a rule set back to its defaults must be sent
 * as `{}` to count as such. For a save, empty
 * entries and a default policy are left out.
 */
export function buildOverrides(
  rules: readonly RiskRuleInfo[],
  draft: Draft,
  options: { complete: boolean },
): { overrides: RuleOverrides; problems: null } | { overrides: null; problems: Record<string, Problem> } {
  const problems = draftProblems(rules, draft);
  if (Object.keys(problems).length > 0) return { overrides: null, problems };
  const out: Record<string, RuleOverride> = {};
  for (const rule of rules) {
    const d = draft.rules[rule.id];
    if (!d) continue;
    const o: RuleOverride = {};
    const params: Record<string, ParamValue> = {};
    for (const p of rule.parameters) {
      const parsed = parseParam(p, d.params[p.name] ?? '');
      if (parsed.ok && !same(parsed.value, JSON.parse(p.defaultValue))) params[p.name] = parsed.value;
    }
    if (Object.keys(params).length > 0) o.params = params;
    const weight = parseWeight(d.weight);
    // Without a readable default weight the weight is always sent: correct, if pinned.
    if (weight.ok && weight.value !== declaredWeight(rule.cypher)) o.weight = weight.value;
    if (!d.enabled) o.enabled = false;
    if (options.complete || Object.keys(o).length > 0) out[rule.id] = o;
  }
  const overrides: RuleOverrides = { rules: out };
  const min = parseMinContextRules(draft.minContextRules);
  if (min.ok && (options.complete || min.value !== DEFAULT_MIN_CONTEXT_RULES)) overrides.policy = { minContextRules: min.value };
  return { overrides, problems: null };
}

export interface Change {
  field: string;
  ruleId: string | null;
  from: string;
  to: string;
}

/** What the form changes against what is in force (valid fields only), for review before a back-test and save. */
export function draftChanges(rules: readonly RiskRuleInfo[], draft: Draft, minContextRulesInForce: number): Change[] {
  const changes: Change[] = [];
  for (const rule of rules) {
    const d = draft.rules[rule.id];
    if (!d) continue;
    for (const p of rule.parameters) {
      const parsed = parseParam(p, d.params[p.name] ?? '');
      if (parsed.ok && !same(parsed.value, JSON.parse(p.value)))
        changes.push({
          field: paramField(rule.id, p.name),
          ruleId: rule.id,
          from: shortText(p.type, p.value),
          to: shortText(p.type, JSON.stringify(parsed.value)),
        });
    }
    const weight = parseWeight(d.weight);
    if (weight.ok && weight.value !== rule.weight)
      changes.push({ field: weightField(rule.id), ruleId: rule.id, from: String(rule.weight), to: String(weight.value) });
    if (d.enabled !== rule.enabled)
      changes.push({ field: `${rule.id}.enabled`, ruleId: rule.id, from: String(rule.enabled), to: String(d.enabled) });
  }
  const min = parseMinContextRules(draft.minContextRules);
  if (min.ok && min.value !== minContextRulesInForce)
    changes.push({ field: POLICY_FIELD, ruleId: null, from: String(minContextRulesInForce), to: String(min.value) });
  return changes;
}
