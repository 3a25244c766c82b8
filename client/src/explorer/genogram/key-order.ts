// The order a keyboard (and a screen reader) meets the family in: the searched person, partners,
// children, parents, siblings, then the wider family, then those who live with them; within a
// group the eldest first.
import type { FamilyPerson } from '../family.types';

const ORDER = [
  'self',
  'partner',
  'former-partner',
  'future-partner',
  'child',
  'child-of-partner',
  'parent',
  'step-parent',
  'sibling',
  'half-sibling',
  'step-sibling',
  'grandparent',
  'grandchild',
  'parent-sibling',
  'sibling-child',
  'partner-parent',
  'parent-former-partner',
  'relative',
  'other-adult',
  'other-child',
];

const rank = (p: FamilyPerson) => {
  const i = ORDER.indexOf(p.searched ? 'self' : (p.relation ?? 'relative'));
  return i < 0 ? ORDER.indexOf('relative') : i;
};

export function keyboardOrder(persons: readonly FamilyPerson[]): FamilyPerson[] {
  return [...persons].sort((a, b) => rank(a) - rank(b) || a.birthDate.localeCompare(b.birthDate) || a.id.localeCompare(b.id));
}
