// Dates inside the generator are whole days since 1970-01-01 (UTC): cheap to compare and add.
// They become ISO strings only when a record is written.

const MS_PER_DAY = 86_400_000;
export const DAYS_PER_YEAR = 365.2425;

/** A day number from `YYYY-MM-DD`. */
export function dayOf(iso: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
  // Round-trip so that 2024-02-30 is refused rather than read as 1 March.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) throw new Error(`not a date YYYY-MM-DD: "${iso}"`);
  return Math.round(ms / MS_PER_DAY);
}

// Formatting dominates output time at a million persons; most days repeat, so cache them.
const CACHE_FIRST = dayOf('1900-01-01');
const CACHE_SIZE = dayOf('2100-01-01') - CACHE_FIRST;
const cache: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE);

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  const slot = day - CACHE_FIRST;
  const hit = slot >= 0 && slot < CACHE_SIZE ? cache[slot] : undefined;
  if (hit !== undefined) return hit;
  const text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (slot >= 0 && slot < CACHE_SIZE) cache[slot] = text;
  return text;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Adds a (fractional) number of years, rounded to whole days. */
export function plusYears(day: number, years: number): number {
  return day + Math.round(years * DAYS_PER_YEAR);
}

/** Age in fractional years; for generation only (exact birthdays use `ageOn`). */
export function yearsBetween(from: number, to: number): number {
  return (to - from) / DAYS_PER_YEAR;
}

/** Completed years of age on a date (calendar birthdays, as a person would say it). */
export function ageOn(birthIso: string, onIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onIso.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The same calendar date `years` later (29 February becomes 1 March). */
export function addCalendarYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

function lastSundayOf(year: number, monthIndex: number): number {
  const lastDay = Date.UTC(year, monthIndex + 1, 0) / MS_PER_DAY;
  const weekday = new Date(lastDay * MS_PER_DAY).getUTCDay();
  return lastDay - weekday;
}

/**
 * Danish UTC offset on a local date: +02:00 between the last Sundays of March and October
 * (the EU rule; Denmark has had summer time since 1980), otherwise +01:00. The switch hour
 * itself is ignored: a case at 02:30 on the night of the change is off by an hour at most.
 */
export function danishOffset(day: number): '+01:00' | '+02:00' {
  const year = yearOf(day);
  if (year < 1980) return '+01:00';
  return day >= lastSundayOf(year, 2) && day < lastSundayOf(year, 9) ? '+02:00' : '+01:00';
}

/** `YYYY-MM-DDThh:mm:00+01:00` for a local date and minute of day. */
export function danishDateTime(day: number, minuteOfDay: number): string {
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${isoOf(day)}T${hh}:${mm}:00${danishOffset(day)}`;
}
