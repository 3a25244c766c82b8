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

/**
 * Badge text longer than this wraps to a second line: the widest badge (26 × 6.4 + 16 = 182 px)
 * then stays inside the 200 px between neighbours (layout.ts), in either language
 * ("20 × domestic disturbance (victim)" is 34 characters, about 195 px of text on one line).
 */
export const BADGE_LINE_CHARS = 26;
/** Per character of 11 px Helvetica/Arial, on the generous side: Chromium measures 5.4–5.9 on badge labels. */
const CHAR_WIDTH = 6.4;
/** A one-line badge's height, and what each further line adds (style.ts draws them so). */
export const BADGE_HEIGHT = 18;
export const BADGE_LINE_HEIGHT = 13;

/** A badge's text in lines of at most `max` characters, broken between words (a longer word is cut). */
export function badgeLines(label: string, max = BADGE_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of label.split(/\s+/).filter(Boolean)) {
    while (word.length > max) {
      if (line) lines.push(line);
      lines.push(word.slice(0, max));
      word = word.slice(max);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Badge width from its longest line (11 px type): Cytoscape sizes nodes by data, not by label. */
export function badgeWidth(label: string): number {
  return Math.round(Math.max(...badgeLines(label).map((l) => l.length)) * CHAR_WIDTH + 16);
}

/** Badge height from its number of lines. */
export function badgeHeight(label: string): number {
  return BADGE_HEIGHT + (badgeLines(label).length - 1) * BADGE_LINE_HEIGHT;
}
