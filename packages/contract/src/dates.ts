// Calendar dates as the project writes them (YYYY-MM-DD) and the Danish calendar day.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// ISO date-time with an explicit offset (Z or ±hh:mm), seconds and fractions optional.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The time zone whose calendar day "today" means (the project serves Danish authorities). */
export const CALENDAR_ZONE = 'Europe/Copenhagen';

/** A real calendar date in YYYY-MM-DD form. */
export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
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
