import { Clock } from '../../server/src/common/clock.js';
import { ScreeningService, type ScreeningResult } from '../../server/src/flags/index.js';
import type { TestApp } from './app.js';

/** A police flag belongs to its children: a new flag is named after its first child (by id). */
export function flagIdFor(childId: string): string {
  return `flag-${childId}`;
}

/** Places this test app's "today" on a fixed date (only today's evaluation writes live flags). */
export function setToday(t: TestApp, date: string): void {
  const clock = t.app.get(Clock);
  clock.today = () => date;
}

/** The re-check after new data, as of a fixed "today". */
export async function recheckAt(t: TestApp, personIds: string[], asOf: string, now?: Date): Promise<ScreeningResult> {
  setToday(t, asOf);
  return t.app.get(ScreeningService).recheck(personIds, now);
}
