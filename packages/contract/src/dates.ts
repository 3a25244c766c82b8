// Calendar dates as the project writes them (YYYY-MM-DD) and the Danish calendar day.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// ISO date-time with an explicit offset (Z or ±hh:mm), seconds and fractions optional.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The time zone whose calendar day "today" means (the project serves Danish authorities). */
export const CALENDAR_ZONE = 'Europe/Copenhagen';

const digit = (value: string, at: number) => value.charCodeAt(at) - 48;

/**
 * A real calendar date in YYYY-MM-DD form (the proleptic Gregorian calendar, as `Date` has it).
 * Arithmetic rather than a `Date` round trip: the import checks tens of millions of dates.
 */
export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** An ISO date-time with an explicit offset (a real date, a parseable instant). */
export function isIsoDateTime(value: string): boolean {
  return DATE_TIME.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: CALENDAR_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Copenhagen calendar day (YYYY-MM-DD) of an instant: "today" when given now. */
export function todayInCopenhagen(now: Date): string {
  // en-CA formats as YYYY-MM-DD; formatToParts keeps it independent of that locale's separators.
  const parts = Object.fromEntries(dayFormat.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
