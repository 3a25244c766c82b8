import type { Family, Partnership } from '../family.types';

/**
 * A couple (or a lone parent in view) from whom children hang. A genogram draws a partner line
 * with one small "union" node on it; child lines drop from that node.
 */
export interface Union {
  id: string;
  /** one or two person ids, sorted */
  partners: string[];
  /** the registered partnership, when there is one (parents of a child need not have one) */
  partnership: Partnership | undefined;
  /** children in birth order, oldest first */
  childIds: string[];
}

export const unionId = (partners: readonly string[]): string => `u:${[...partners].sort().join('+')}`;

const byBirth = (birth: Map<string, string>) => (a: string, b: string) =>
  (birth.get(a) ?? '').localeCompare(birth.get(b) ?? '') || a.localeCompare(b);

/** Unions of a family: one per partnership, plus one per other set of parents of a child. */
export function unionsOf(family: Pick<Family, 'persons' | 'parentLinks' | 'partnerships'>): Union[] {
  const inView = new Set(family.persons.map((p) => p.id));
  const birth = new Map(family.persons.map((p) => [p.id, p.birthDate]));
  const unions = new Map<string, Union>();
  for (const p of family.partnerships) {
    if (!inView.has(p.personA) || !inView.has(p.personB) || p.personA === p.personB) continue;
    const partners = [p.personA, p.personB].sort();
    const id = unionId(partners);
    const known = unions.get(id);
    // Two registered partnerships of one pair (cohabiting, then married): the one that describes
    // the union on the date is the latest begun by then; a later one is only "future".
    if (!known || describesBetter(p, known.partnership)) unions.set(id, { id, partners, partnership: p, childIds: [] });
  }
  const parentsOf = new Map<string, string[]>();
  for (const link of family.parentLinks) {
    if (!inView.has(link.parentId) || !inView.has(link.childId)) continue;
    parentsOf.set(link.childId, [...(parentsOf.get(link.childId) ?? []), link.parentId]);
  }
  for (const [childId, parentIds] of parentsOf) {
    const partners = [...new Set(parentIds)].sort().slice(0, 2);
    const id = unionId(partners);
    const union = unions.get(id) ?? { id, partners, partnership: undefined, childIds: [] };
    union.childIds.push(childId);
    unions.set(id, union);
  }
  const order = byBirth(birth);
  for (const union of unions.values()) union.childIds.sort(order);
  return [...unions.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function describesBetter(candidate: Partnership, known: Partnership | undefined): boolean {
  if (!known) return true;
  const begun = (p: Partnership) => p.status !== 'future';
  if (begun(candidate) !== begun(known)) return begun(candidate);
  // both begun: the later; both future: the sooner
  const later = (candidate.from ?? '') > (known.from ?? '');
  return begun(candidate) ? later : !later;
}
