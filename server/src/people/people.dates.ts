import { isIsoDate } from '@opspor/contract';
import { BadInputError } from '../common/app-error.js';

export { isIsoDate };

/** Validates an optional YYYY-MM-DD argument; a missing one becomes `fallback`. */
export function dateArg(field: string, value: string | null | undefined, fallback: string): string {
  if (value === null || value === undefined || value === '') return fallback;
  if (!isIsoDate(value))
    throw new BadInputError(field, { da: 'skal være en dato skrevet ÅÅÅÅ-MM-DD', en: 'must be a date written YYYY-MM-DD' });
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
