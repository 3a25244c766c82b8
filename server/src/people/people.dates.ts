import { BadInputError } from '../common/app-error.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Validates an optional YYYY-MM-DD argument; a missing one becomes `fallback`. */
export function dateArg(field: string, value: string | null | undefined, fallback: string): string {
  if (value === null || value === undefined || value === '') return fallback;
  if (!isIsoDate(value)) throw new BadInputError(field, 'must be a date written YYYY-MM-DD');
  return value;
}

export type PartnershipStatus = 'current' | 'separated' | 'divorced' | 'future';

/**
 * A partnership's status on a date: ended (married → divorced, cohabiting → separated), running,
 * or not yet begun. ISO dates compare correctly as strings.
 */
export function partnershipStatus(kind: string, from: string | null, to: string | null, asOf: string): PartnershipStatus {
  if (to !== null && to <= asOf) return kind === 'married' ? 'divorced' : 'separated';
  if (from !== null && from > asOf) return 'future';
  return 'current';
}
