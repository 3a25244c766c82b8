import { BadInputError, LimitExceededError } from '../common/app-error.js';

/** Opaque cursors: base64url of the offset. Offsets suffice for ordered, capped pages. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadInputError('after', { da: 'er ikke en markør fra dette API', en: 'is not a cursor from this API' });
  return Number(match[1]);
}

/** Validates a page size: at least 1, at most `max` (more is LIMIT_EXCEEDED, not silently cut). */
export function pageSize(field: string, first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1)
    throw new BadInputError(field, { da: 'skal være et positivt helt tal', en: 'must be a positive whole number' });
  if (first > max) throw new LimitExceededError({ field }, max, first);
  return first;
}
