// A calendar day as people type and read it in the app's language (not the browser's):
// Danish 01.12.2026, English day-first 01/12/2026. Owners and the server only ever see ISO
// (2026-12-01); this is the one place the two meet for date fields (ui/DateField.tsx).
import { isIsoDate } from '@opspor/contract';
import type { Lang } from '../i18n/i18n';

/** What typed text means: nothing, a real day (ISO), or not a date. */
export type ParsedDay = { kind: 'empty' } | { kind: 'day'; iso: string } | { kind: 'invalid' };

const SEPARATOR: Record<Lang, string> = { da: '.', en: '/' };

/** Month names and their usual short forms, both languages accepted in both ("1 dec 2026", "1. maj 2026"). */
const MONTHS: Record<string, number> = {};
[
  ['januar', 'january', 'jan'],
  ['februar', 'february', 'feb'],
  ['marts', 'march', 'mar'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
].forEach((names, i) => names.forEach((name) => (MONTHS[name] = i + 1)));

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{4})$/;
const NUMERIC = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/;
const NAMED = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?,?\s+(\d{4})$/;

function day(year: string, month: string | number, date: string): ParsedDay {
  const iso = `${year}-${String(month).padStart(2, '0')}-${date.padStart(2, '0')}`;
  return isIsoDate(iso) ? { kind: 'day', iso } : { kind: 'invalid' };
}

/**
 * Reads a typed day, leniently: day first (1.12.2026, 01-12-2026, 01/12/2026, 01122026,
 * "1 Dec 2026", "1. december 2026") or ISO (2026-12-01), in either language. A day that does not
 * exist (31.02.2026) or a year that is not four digits is invalid, never guessed.
 */
export function parseDay(text: string): ParsedDay {
  const t = text.trim().toLowerCase();
  if (t === '') return { kind: 'empty' };
  let m = ISO.exec(t);
  if (m) return day(m[1]!, m[2]!, m[3]!);
  m = DIGITS.exec(t) ?? NUMERIC.exec(t);
  if (m) return day(m[3]!, m[2]!, m[1]!);
  m = NAMED.exec(t);
  const month = m ? MONTHS[m[2]!] : undefined;
  if (m && month) return day(m[3]!, month, m[1]!);
  return { kind: 'invalid' };
}

/** An ISO day as the field shows it: 01.12.2026 (Danish), 01/12/2026 (English); other text as it is. */
export function formatDayText(iso: string, lang: Lang): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, date] = iso.split('-');
  const sep = SEPARATOR[lang];
  return `${date}${sep}${month}${sep}${year}`;
}

/** Where a day falls against optional ISO bounds (inclusive). */
export function rangeOf(iso: string, min?: string, max?: string): 'ok' | 'before-min' | 'after-max' {
  if (min && isIsoDate(min) && iso < min) return 'before-min';
  if (max && isIsoDate(max) && iso > max) return 'after-max';
  return 'ok';
}

/** The problem with typed text, if any: not a date, or outside min/max. */
export type DayProblem = null | { kind: 'invalid' } | { kind: 'before-min'; bound: string } | { kind: 'after-max'; bound: string };

/** The ISO value an owner gets for typed text ('' for empty or invalid), and the problem to show. */
export function readDay(text: string, min?: string, max?: string): { iso: string; problem: DayProblem } {
  const parsed = parseDay(text);
  if (parsed.kind === 'empty') return { iso: '', problem: null };
  if (parsed.kind === 'invalid') return { iso: '', problem: { kind: 'invalid' } };
  const range = rangeOf(parsed.iso, min, max);
  if (range === 'before-min') return { iso: parsed.iso, problem: { kind: range, bound: min! } };
  if (range === 'after-max') return { iso: parsed.iso, problem: { kind: range, bound: max! } };
  return { iso: parsed.iso, problem: null };
}
