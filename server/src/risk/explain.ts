import type { RuleDefinition } from './rule-header.js';
import type { Signal } from './flag-policy.js';

const RELATION_DA: Record<string, string> = {
  child: 'Barnet',
  parent: 'Forælder',
  'parent-partner': 'Forælders partner',
  'other-adult': 'Anden voksen på adressen',
  'parent-elsewhere': 'Forælder (bor et andet sted)',
  adult: 'Voksen på adressen',
  sibling: 'Søskende',
};
const RELATION_EN: Record<string, string> = {
  child: 'The child',
  parent: 'Parent',
  'parent-partner': "Parent's partner",
  'other-adult': 'Other adult at the address',
  'parent-elsewhere': 'Parent (lives elsewhere)',
  adult: 'Adult at the address',
  sibling: 'Sibling',
};

export interface PersonLabel {
  name: string;
  /** the member's strongest relation to the children: parent, parent-partner, child, … */
  relation: string;
}

/** Fills a rule's explanation template: {person}, {value}, {threshold} and any {param}. */
export function explainSignal(
  signal: Signal,
  rule: RuleDefinition | undefined,
  params: Record<string, unknown>,
  person: PersonLabel | undefined,
  lang: 'da' | 'en' = 'da',
): string {
  if (!rule) return `${signal.ruleId}: ${signal.value} ≥ ${signal.threshold}`;
  const who = person ? `${(lang === 'da' ? RELATION_DA : RELATION_EN)[person.relation] ?? person.relation} (${person.name})` : '';
  const values: Record<string, string> = { person: who, value: String(signal.value), threshold: String(signal.threshold) };
  for (const [k, v] of Object.entries(params)) values[k] = Array.isArray(v) ? v.join(', ') : String(v);
  const template = lang === 'da' ? rule.explainDa : rule.explainEn;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`).trim();
}

/** The strongest relation a member has to the children (parent beats partner beats other adult). */
export function strongestRelation(memberRelation: string, relations: readonly { relation: string }[]): string {
  if (memberRelation === 'child') return 'child';
  const kinds = relations.map((r) => r.relation);
  for (const kind of ['parent', 'parent-partner', 'other-adult'])
    if (kinds.includes(kind)) return kind === 'parent' && memberRelation === 'parent-elsewhere' ? 'parent-elsewhere' : kind;
  return memberRelation;
}
