import { explainSignal, strongestRelation } from './explain.js';
import type { Evidence, Signal } from './flag-policy.js';
import type { EvidenceModel, FlagMemberModel, SignalModel } from './models/flag.model.js';
import type { EffectiveRule } from './rule-registry.js';

/** A cluster member as the flag queries return it. */
export interface MemberRow {
  personId: string;
  name: string;
  sex: string;
  birthDate: string;
  age: number;
  relation: string;
  livesHere: boolean;
  relations: string[];
}

/** Members for the views (police flags and municipal support flags alike). */
export function toMemberModels(members: MemberRow[]): FlagMemberModel[] {
  return members.map((m) => ({
    personId: m.personId,
    name: m.name,
    sex: m.sex,
    birthDate: m.birthDate,
    age: m.age,
    relation: m.relation,
    livesWithChildren: m.livesHere,
    relations: (m.relations ?? []).map((r) => ({ childId: r.split('=')[0] ?? '', relation: r.split('=')[1] ?? '' })),
  }));
}

/** Stored signals with their rule's title and a plain-language explanation naming the member. */
export function toSignalModels(
  signals: Signal[],
  rules: ReadonlyMap<string, EffectiveRule>,
  members: MemberRow[],
  lang: 'da' | 'en',
  evidence: (e: Evidence) => EvidenceModel,
): SignalModel[] {
  const byId = new Map(members.map((m) => [m.personId, m]));
  return signals.map((s) => {
    const rule = rules.get(s.ruleId);
    const member = s.personId ? byId.get(s.personId) : undefined;
    const label = member ? { name: member.name, relation: strongestRelation(member.relation, member.relations ?? []) } : undefined;
    return {
      ...s,
      ruleTitle: rule ? (lang === 'da' ? rule.def.titleDa : rule.def.titleEn) : s.ruleId,
      explanation: explainSignal(s, rule?.def, rule?.params ?? {}, label, lang),
      evidence: s.evidence.map(evidence),
    };
  });
}
