import { describe, expect, it } from 'vitest';
import { AppError } from '../common/app-error.js';
import { FLAG_STATUSES, allowedFrom, assertTransition, checkNote } from './transitions.js';
import { flagStatusIn } from './status-labels.js';

describe('the triage state machine', () => {
  it('allows exactly the designed transitions', () => {
    const allowed = FLAG_STATUSES.flatMap((from) => allowedFrom(from).map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(
      [
        'NEW>IN_REVIEW',
        'IN_REVIEW>REPORTED',
        'IN_REVIEW>MONITORING',
        'IN_REVIEW>DISMISSED',
        'MONITORING>IN_REVIEW',
        'MONITORING>DISMISSED',
        'DISMISSED>IN_REVIEW',
      ].sort(),
    );
  });

  it('refuses the rest with INVALID_TRANSITION and a reason', () => {
    for (const from of FLAG_STATUSES) {
      for (const to of FLAG_STATUSES.filter((s) => !allowedFrom(from).includes(s))) {
        try {
          assertTransition(from, to);
          expect.unreachable(`${from} -> ${to}`);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('INVALID_TRANSITION');
          expect((error as AppError).message).toMatch(
            new RegExp(`^A flag cannot go from ${flagStatusIn(from, 'en')} to ${flagStatusIn(to, 'en')}: .{10,}`),
          );
          expect((error as AppError).messageIn('da')).toMatch(
            new RegExp(`^En markering kan ikke gå fra ${flagStatusIn(from, 'da')} til ${flagStatusIn(to, 'da')}: .{10,}`),
          );
          expect((error as AppError).messageIn('da')).not.toMatch(/\b(NEW|IN_REVIEW|REPORTED|MONITORING|DISMISSED)\b/);
        }
      }
    }
  });

  it('rejects unknown statuses as bad input', () => {
    expect(() => assertTransition('NEW', 'CLOSED')).toThrow(/status: must be one of/);
  });

  it('requires a trimmed, capped note', () => {
    expect(checkNote('  fordi  ')).toBe('fordi');
    expect(() => checkNote('   ')).toThrow(/note: is required/);
    expect(() => checkNote(null)).toThrow(/note: is required/);
    expect(() => checkNote('x'.repeat(2001))).toThrow(/at most 2000/);
  });
});
