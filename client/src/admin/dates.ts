import { isIsoDate, todayInCopenhagen as copenhagenDay } from '@opspor/contract';

// Dates as the admin pages use them. Days are Danish days: an admin who asks for "the 1st of
// March" means midnight in Copenhagen, not in UTC.
const ZONE = 'Europe/Copenhagen';

/** A calendar day YYYY-MM-DD (2026-02-30 is not one): the contract's isIsoDate. */
export const isDay = isIsoDate;

/** The Copenhagen calendar day of an instant (today by default): the contract's. */
export function todayInCopenhagen(now: Date = new Date()): string {
  return copenhagenDay(now);
}

function hourInCopenhagen(instant: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** Midnight of a Danish day as an instant with its offset: 2026-03-01 → 2026-03-01T00:00:00+01:00. */
export function dayStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  // Copenhagen is UTC+1 in winter and UTC+2 in summer; the switch is at 02:00 or 03:00, so
  // midnight has exactly one of the two offsets.
  for (const hours of [1, 2]) {
    if (hourInCopenhagen(utcMidnight - hours * 3_600_000) === `${day}, 00`) return `${day}T00:00:00+0${hours}:00`;
  }
  return `${day}T00:00:00Z`;
}

/** The day after, YYYY-MM-DD. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** A period of whole Danish days, both ends included, as the audit search's from (inclusive) and to (exclusive). */
export function periodBounds(from: string | null, to: string | null): { from: string | null; to: string | null } {
  return {
    from: from && isDay(from) ? dayStart(from) : null,
    to: to && isDay(to) ? dayStart(nextDay(to)) : null,
  };
}

/** An instant as a Danish date and time: { date: '2026-03-01', time: '14:05' }. */
export function copenhagenDateTime(iso: string): { date: string; time: string } {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return { date: iso, time: '' };
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}
