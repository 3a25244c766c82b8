import type { Family } from '../family.types';

/**
 * Adds a relative's family (fetched on expand, same asOf) to the family on screen. The searched
 * person stays the one first asked for; everything else is a union by id.
 */
export function mergeFamilies(base: Family, extra: Family): Family {
  const byKey = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];
  return {
    rootId: base.rootId,
    asOf: base.asOf,
    depth: base.depth,
    persons: byKey([...base.persons, ...extra.persons.map((p) => ({ ...p, searched: p.id === base.rootId }))], (p) => p.id).sort((a, b) =>
      a.id.localeCompare(b.id),
    ),
    parentLinks: byKey([...base.parentLinks, ...extra.parentLinks], (l) => `${l.parentId}>${l.childId}`),
    partnerships: byKey([...base.partnerships, ...extra.partnerships], (p) => `${p.personA}+${p.personB}+${p.from ?? ''}`),
    households: mergeHouseholds(base, extra),
  };
}

function mergeHouseholds(base: Family, extra: Family): Family['households'] {
  const out = new Map(base.households.map((h) => [h.addressId, { ...h, memberIds: [...h.memberIds] }]));
  for (const h of extra.households) {
    const known = out.get(h.addressId);
    if (known) known.memberIds = [...new Set([...known.memberIds, ...h.memberIds])].sort();
    else out.set(h.addressId, { ...h, memberIds: [...h.memberIds] });
  }
  return [...out.values()].sort((a, b) => a.addressId.localeCompare(b.addressId));
}
