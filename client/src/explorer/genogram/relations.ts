// Relation codes from the server (server/src/people/relations.ts) in words, by language and sex.
import type { Lang } from './categories';

type Words = readonly [male: string, female: string, other: string];

const DA: Record<string, Words> = {
  self: ['søgt person', 'søgt person', 'søgt person'],
  parent: ['far', 'mor', 'forælder'],
  child: ['søn', 'datter', 'barn'],
  partner: ['partner', 'partner', 'partner'],
  'former-partner': ['tidl. partner', 'tidl. partner', 'tidl. partner'],
  'future-partner': ['senere partner', 'senere partner', 'senere partner'],
  sibling: ['bror', 'søster', 'søskende'],
  'half-sibling': ['halvbror', 'halvsøster', 'halvsøskende'],
  'step-parent': ['stedfar', 'stedmor', 'forælders partner'],
  'parent-former-partner': ['forælders tidl. partner', 'forælders tidl. partner', 'forælders tidl. partner'],
  'child-of-partner': ['partners søn', 'partners datter', 'partners barn'],
  'step-sibling': ['sammenbragt bror', 'sammenbragt søster', 'sammenbragt søskende'],
  grandparent: ['bedstefar', 'bedstemor', 'bedsteforælder'],
  grandchild: ['barnebarn', 'barnebarn', 'barnebarn'],
  'parent-sibling': ['onkel', 'moster/faster', 'forælders søskende'],
  'sibling-child': ['nevø', 'niece', 'søskendebarn'],
  'partner-parent': ['svigerfar', 'svigermor', 'svigerforælder'],
  relative: ['anden i familien', 'anden i familien', 'anden i familien'],
  'other-adult': ['anden voksen', 'anden voksen', 'anden voksen'],
  'other-child': ['andet barn', 'andet barn', 'andet barn'],
};

const EN: Record<string, Words> = {
  self: ['searched person', 'searched person', 'searched person'],
  parent: ['father', 'mother', 'parent'],
  child: ['son', 'daughter', 'child'],
  partner: ['partner', 'partner', 'partner'],
  'former-partner': ['former partner', 'former partner', 'former partner'],
  'future-partner': ['later partner', 'later partner', 'later partner'],
  sibling: ['brother', 'sister', 'sibling'],
  'half-sibling': ['half-brother', 'half-sister', 'half-sibling'],
  'step-parent': ['stepfather', 'stepmother', 'parent’s partner'],
  'parent-former-partner': ['parent’s former partner', 'parent’s former partner', 'parent’s former partner'],
  'child-of-partner': ['partner’s son', 'partner’s daughter', 'child of partner'],
  'step-sibling': ['stepbrother', 'stepsister', 'step-sibling'],
  grandparent: ['grandfather', 'grandmother', 'grandparent'],
  grandchild: ['grandson', 'granddaughter', 'grandchild'],
  'parent-sibling': ['uncle', 'aunt', 'parent’s sibling'],
  'sibling-child': ['nephew', 'niece', 'sibling’s child'],
  'partner-parent': ['father-in-law', 'mother-in-law', 'parent-in-law'],
  relative: ['other family member', 'other family member', 'other family member'],
  'other-adult': ['other adult', 'other adult', 'other adult'],
  'other-child': ['other child', 'other child', 'other child'],
};

/** "father", "stepdaughter", "other adult" … ; an unknown code is shown as "relative". */
export function relationLabel(code: string, sex: string, lang: Lang): string {
  const table = lang === 'da' ? DA : EN;
  const words = table[code] ?? table.relative!;
  return words[sex === 'M' ? 0 : sex === 'F' ? 1 : 2];
}

/** A family member's relation to the searched person, in words ("searched person" for that person). */
export function personRelationLabel(p: { searched?: boolean; relation?: string | null; sex: string }, lang: Lang): string {
  return relationLabel(p.searched ? 'self' : (p.relation ?? 'relative'), p.sex, lang);
}
