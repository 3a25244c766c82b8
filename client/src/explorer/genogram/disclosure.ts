// Progressive disclosure of a large family: the searched person's close family is drawn first,
// ring by ring of kinship steps, and the rest waits behind "show N more relatives". A drawing of
// hundreds of persons is slow to make and unreadable at a glance; the close family is what the
// analyst looks at first. Pure: the same family and the same choice give the same persons.
import type { Family } from '../family.types';

/** The most persons drawn at first; rings are added whole, so the close family is never cut in half. */
export const FIRST_DRAW_CAP = 120;

export interface Disclosure {
  /** the family with only the persons shown (and the links, partnerships and households among them) */
  family: Family;
  /** how many kinship steps from the searched (and expanded) persons are shown */
  steps: number;
  shown: number;
  total: number;
  /** how many more persons the next ring adds (0 when everyone is shown) */
  nextRing: number;
  /** the `steps` that shows the next ring */
  nextSteps: number;
}

/**
 * Kinship steps from the sources (the searched person and the relatives the user expanded) over
 * parent links and partnerships. A co-resident who is not kin comes with their household: the
 * step of the nearest family member registered at the same address.
 */
export function kinshipSteps(family: Family, sources: readonly string[]): Map<string, number> {
  const ids = new Set(family.persons.map((p) => p.id));
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    if (!ids.has(a) || !ids.has(b)) return;
    next.set(a, [...(next.get(a) ?? []), b]);
    next.set(b, [...(next.get(b) ?? []), a]);
  };
  for (const l of family.parentLinks) link(l.parentId, l.childId);
  for (const p of family.partnerships) link(p.personA, p.personB);
  const steps = new Map<string, number>();
  let ring = [...new Set(sources)].filter((id) => ids.has(id)).sort();
  for (const id of ring) steps.set(id, 0);
  for (let step = 1; ring.length > 0; step++) {
    const found: string[] = [];
    for (const id of ring) {
      for (const n of next.get(id) ?? []) {
        if (steps.has(n)) continue;
        steps.set(n, step);
        found.push(n);
      }
    }
    ring = found;
  }
  // Co-residents (and anyone else not linked by kinship) take their household's nearest step.
  for (const h of [...family.households].sort((a, b) => a.addressId.localeCompare(b.addressId))) {
    const known = h.memberIds.flatMap((id) => (steps.has(id) ? [steps.get(id)!] : []));
    if (known.length === 0) continue;
    const nearest = Math.min(...known);
    for (const id of h.memberIds) if (ids.has(id) && !steps.has(id)) steps.set(id, nearest);
  }
  for (const p of family.persons) if (!steps.has(p.id)) steps.set(p.id, Number.MAX_SAFE_INTEGER);
  return steps;
}

/**
 * The persons to draw. `steps` undefined: as many whole rings as fit under the cap (at least the
 * first ring: partners, parents and children always come). Infinity: everyone.
 */
export function disclose(family: Family, sources: readonly string[], steps?: number, cap = FIRST_DRAW_CAP): Disclosure {
  const distance = kinshipSteps(family, sources);
  const total = family.persons.length;
  const within = (k: number) => family.persons.filter((p) => distance.get(p.id)! <= k).length;
  const farthest = Math.max(0, ...[...distance.values()].filter((d) => d < Number.MAX_SAFE_INTEGER));
  let shownSteps = steps;
  if (shownSteps === undefined) {
    shownSteps = 1;
    while (shownSteps < farthest && within(shownSteps + 1) <= cap) shownSteps += 1;
    if (within(farthest) <= cap) shownSteps = Number.POSITIVE_INFINITY;
  }
  // Past the farthest ring only the unlinked are left (none in a family read from one person): all.
  if (shownSteps >= farthest) shownSteps = Number.POSITIVE_INFINITY;
  const visible = new Set(family.persons.filter((p) => distance.get(p.id)! <= shownSteps).map((p) => p.id));
  const shown = visible.size;
  const nextSteps = shownSteps + 1 >= farthest ? Number.POSITIVE_INFINITY : shownSteps + 1;
  const nextRing = shown === total ? 0 : (nextSteps === Number.POSITIVE_INFINITY ? total : within(nextSteps)) - shown;
  return { family: restrict(family, visible), steps: shownSteps, shown, total, nextRing, nextSteps };
}

/** The family with only these persons: links and partnerships between two of them, households holding one of them. */
export function restrict(family: Family, visible: ReadonlySet<string>): Family {
  if (visible.size === family.persons.length) return family;
  return {
    ...family,
    persons: family.persons.filter((p) => visible.has(p.id)),
    parentLinks: family.parentLinks.filter((l) => visible.has(l.parentId) && visible.has(l.childId)),
    partnerships: family.partnerships.filter((p) => visible.has(p.personA) && visible.has(p.personB)),
    households: family.households.flatMap((h) => {
      const memberIds = h.memberIds.filter((id) => visible.has(id));
      if (memberIds.length === 0) return [];
      return [{ ...h, memberIds, ...(h.residents ? { residents: h.residents.filter((r) => visible.has(r.personId)) } : {}) }];
    }),
  };
}
