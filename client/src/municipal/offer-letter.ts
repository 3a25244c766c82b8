// The offer letter to the family: which kinds of the municipality's own data led to the offer.
// Only indicator evidence from the municipality's own records is named; a police record is never
// evidence of a support flag (the municipal rules read indicators only), and even if one came
// along it is left out: the letter may not tell the family about police data.
import type { SupportFlag } from './municipal.types';

/** The kinds of municipal data behind the offer, each once, in the order the signals name them. */
export function offerDataKinds(flag: Pick<SupportFlag, 'signals' | 'municipalityCode'>): string[] {
  const kinds: string[] = [];
  for (const signal of flag.signals)
    for (const e of signal.evidence)
      if (e.kind === 'INDICATOR' && e.category && (e.municipality === null || e.municipality === flag.municipalityCode))
        if (!kinds.includes(e.category)) kinds.push(e.category);
  return kinds;
}

/** The children's first names, youngest first: the letter is about them. */
export function childFirstNames(flag: Pick<SupportFlag, 'members'>): string[] {
  return flag.members
    .filter((m) => m.relation === 'CHILD')
    .sort((a, b) => b.birthDate.localeCompare(a.birthDate))
    .map((m) => m.name.split(' ')[0] ?? m.name);
}

/** The adults the letter is written to: the parents who live with the children. */
export function letterRecipients(flag: Pick<SupportFlag, 'members'>): string[] {
  return flag.members.filter((m) => m.relation !== 'CHILD' && m.livesWithChildren).map((m) => m.name);
}
