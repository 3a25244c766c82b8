import { describe, expect, it } from 'vitest';
import { AppError } from '../common/app-error.js';
import { FLAG_STATUSES, allowedFrom, assertTransition, checkNote } from './transitions.js';

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
          expect((error as AppError).message).toMatch(new RegExp(`^A flag cannot go from ${from} to ${to}: .{10,}`));
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
