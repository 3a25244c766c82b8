// Date helpers for the as-of control: ISO dates (YYYY-MM-DD) and whole days between them.
import { isIsoDate, todayInCopenhagen } from '@opspor/contract';
import { formatDay } from '../i18n/format';

const DAY = 86_400_000;

/** Today is the Copenhagen calendar day (as on the server), not the UTC one. */
export function todayIso(now: Date = new Date()): string {
  return todayInCopenhagen(now);
}

export function toDays(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function fromDays(days: number): string {
  return new Date(days * DAY).toISOString().slice(0, 10);
}

/** The family's time span: from the earliest birth to today. */
export function familySpan(birthDates: string[], today: string): { from: string; to: string } {
  const from = birthDates.length ? birthDates.reduce((a, b) => (a < b ? a : b)) : today;
  return { from, to: today };
}

export { isIsoDate };

/** 2025-03-01 → 01.03.2025 (Danish), 1 Mar 2025 (English): i18n/dates.ts. */
export function showDate(iso: string, lang: 'da' | 'en'): string {
  return formatDay(iso, lang);
}

/** A date moved by whole months (day clamped to the month's end): 2024-01-31 + 1 → 2024-02-29. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Keeps a date inside [from, to]. */
export function clampDate(iso: string, from: string, to: string): string {
  return iso < from ? from : iso > to ? to : iso;
}
