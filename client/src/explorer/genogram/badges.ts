import type { FamilyPerson } from '../family.types';
import { caseKindLabel, categoryColour, shortCategoryLabel, tint, type Lang } from './categories';

export interface Badge {
  /** category code, or `moves` for address changes */
  key: string;
  count: number;
  label: string;
  colour: string;
  fill: string;
}

/** Roles that say something about the person's own behaviour; a victim badge is marked as such. */
const OWN_ROLES = new Set(['suspect', 'charged', 'other']);
export const MAX_CASE_BADGES = 5;
/** The grey badges: address changes, and the rarest categories summed up. */
export const MOVES_BADGE = { colour: '#4d5656', fill: '#f4f6f6' } as const;
export const MORE_BADGE = { colour: '#566573', fill: '#f2f3f4' } as const;

const WORDS = {
  da: { victim: 'offer', moves: (n: number) => (n === 1 ? 'flytning' : 'flytninger'), more: 'andre sager' },
  en: { victim: 'victim', moves: (n: number) => (n === 1 ? 'move' : 'moves'), more: 'other cases' },
} as const;

/**
 * A person's history as badges ("20 × euforiserende stoffer", "36 flytninger"): case counts by
 * category, own involvement and victimhood apart (witnesses and reporters are left to the
 * side panel), most frequent first; then the address changes.
 */
export function badgesOf(person: FamilyPerson, lang: Lang): Badge[] {
  const words = WORDS[lang];
  const sums = new Map<string, { category: string; subcategory: string; victim: boolean; count: number; fallback: string }>();
  for (const c of person.history.caseCounts) {
    const victim = c.role === 'victim';
    if (!victim && !OWN_ROLES.has(c.role)) continue;
    // A sub-category ("online", "forsikring") is a badge line of its own.
    const subcategory = c.subcategory ?? '';
    const key = [c.category, subcategory, victim ? 'victim' : ''].filter(Boolean).join(':');
    const fallback = lang === 'da' ? c.labelDa : c.labelEn;
    const entry = sums.get(key) ?? { category: c.category, subcategory, victim, count: 0, fallback };
    entry.count += c.count;
    sums.set(key, entry);
  }
  const sorted = [...sums.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
  const badges: Badge[] = sorted.slice(0, MAX_CASE_BADGES).map(([key, s]) => {
    const colour = categoryColour(s.category);
    const kind = caseKindLabel(s.category, s.subcategory, lang, shortCategoryLabel(s.category, lang, s.fallback));
    const label = `${s.count} × ${kind}${s.victim ? ` (${words.victim})` : ''}`;
    return { key, count: s.count, label, colour, fill: s.victim ? '#ffffff' : tint(colour) };
  });
  const rest = sorted.slice(MAX_CASE_BADGES).reduce((sum, [, s]) => sum + s.count, 0);
  if (rest > 0) badges.push({ key: 'more', count: rest, label: `${rest} × ${words.more}`, ...MORE_BADGE });
  const moves = person.history.addressChanges;
  if (moves > 0) {
    badges.push({ key: 'moves', count: moves, label: `${moves} ${words.moves(moves)}`, ...MOVES_BADGE });
  }
  return badges;
}

/** Badge width from its text (11 px type): Cytoscape sizes nodes by data, not by label. */
export function badgeWidth(label: string): number {
  return Math.round(label.length * 6.4 + 16);
}
