import { explainSignal, strongestRelation, type EffectiveRule, type Evidence, type Signal } from '../risk/index.js';
import type { StoredMember } from './codec.js';
import type { EvidenceModel, FlagMemberModel, SignalModel } from './models/flag.model.js';

/** A member's person as the flag queries return it. */
export interface PersonRow {
  personId: string;
  name: string;
  sex: string;
  birthDate: string;
  age: number;
}

/** A member with the person's details: what the views and the report work from. */
export interface MemberView extends StoredMember, PersonRow {}

const MEMBER_ORDER: Record<string, number> = { child: 0, adult: 1, 'parent-elsewhere': 2 };

/** Joins stored members with their persons; children first, then adults at the address, then parents elsewhere; older first. */
export function joinMembers(members: readonly StoredMember[], persons: readonly PersonRow[]): MemberView[] {
  const byId = new Map(persons.map((p) => [p.personId, p]));
  return members
    .flatMap((m) => {
      const person = byId.get(m.personId);
      return person ? [{ ...m, ...person }] : [];
    })
    .sort(
      (a, b) => (MEMBER_ORDER[a.relation] ?? 9) - (MEMBER_ORDER[b.relation] ?? 9) || b.age - a.age || a.personId.localeCompare(b.personId),
    );
}

/** Members for the views (police flags and municipal support flags alike). */
export function toMemberModels(members: readonly MemberView[]): FlagMemberModel[] {
  return members.map((m) => ({
    personId: m.personId,
    name: m.name,
    sex: m.sex,
    birthDate: m.birthDate,
    age: m.age,
    relation: m.relation,
    livesWithChildren: m.livesHere,
    relations: m.relations.map((r) => ({ childId: r.childId, relation: r.relation })),
  }));
}

/** Stored signals with their rule's title and a plain-language explanation naming the member. */
export function toSignalModels(
  signals: readonly Signal[],
  rules: ReadonlyMap<string, EffectiveRule>,
  members: readonly MemberView[],
  lang: 'da' | 'en',
  evidence: (e: Evidence) => EvidenceModel,
): SignalModel[] {
  const byId = new Map(members.map((m) => [m.personId, m]));
  return signals.map((s) => {
    const rule = rules.get(s.ruleId);
    const member = s.personId ? byId.get(s.personId) : undefined;
    const label = member ? { name: member.name, relation: strongestRelation(member.relation, member.relations) } : undefined;
    return {
      ...s,
      ruleTitle: rule ? (lang === 'da' ? rule.def.titleDa : rule.def.titleEn) : s.ruleId,
      explanation: explainSignal(s, rule?.def, rule?.params ?? {}, label, lang),
      evidence: s.evidence.map(evidence),
      currentCaseId: s.currentCaseId ?? null,
      historyCount: s.historyCount ?? null,
      historySince: s.historySince ?? null,
    };
  });
}
