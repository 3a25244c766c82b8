import { NOTE_MAX } from '@opspor/contract';
import { AppError, BadInputError } from '../common/app-error.js';

import { FLAG_STATUSES, type FlagStatus } from '../flags/index.js';

export { FLAG_STATUSES, type FlagStatus };

/**
 * The triage state machine. A flag is looked at before anything is decided (NEW only goes to
 * IN_REVIEW); a decision is taken from IN_REVIEW; a monitored or dismissed flag can be taken up
 * again. REPORTED is final: the report has left the police (a new concern is a new review).
 * NEW is entered only by the scanner (new flag, or new evidence after a dismissal).
 */
const ALLOWED: Record<FlagStatus, readonly FlagStatus[]> = {
  NEW: ['IN_REVIEW'],
  IN_REVIEW: ['REPORTED', 'MONITORING', 'DISMISSED'],
  MONITORING: ['IN_REVIEW', 'DISMISSED'],
  DISMISSED: ['IN_REVIEW'],
  REPORTED: [],
};

const WHY_NOT: Partial<Record<FlagStatus, string>> = {
  NEW: 'only the scanner sets a flag back to NEW (new evidence after a dismissal)',
  REPORTED: 'a decision needs a review first: take the flag into review (IN_REVIEW)',
  MONITORING: 'a decision needs a review first: take the flag into review (IN_REVIEW)',
  DISMISSED: 'a decision needs a review first: take the flag into review (IN_REVIEW)',
};

/** The cap the four-eyes forms check too (@opspor/contract). */
export { NOTE_MAX };

export function isFlagStatus(value: string): value is FlagStatus {
  return (FLAG_STATUSES as readonly string[]).includes(value);
}

export function allowedFrom(status: string): readonly FlagStatus[] {
  return isFlagStatus(status) ? ALLOWED[status] : [];
}

/** Throws INVALID_TRANSITION with a message a coordinator can act on. */
export function assertTransition(from: string, to: string): asserts to is FlagStatus {
  if (!isFlagStatus(to)) throw new BadInputError('status', `must be one of ${FLAG_STATUSES.join(', ')}`);
  if (allowedFrom(from).includes(to)) return;
  const reason =
    from === to
      ? `the flag is already ${to}${to === 'IN_REVIEW' ? ' (use assignment to hand it to someone else)' : ''}`
      : from === 'REPORTED'
        ? 'a reported flag is closed: the report has been sent; record the municipality’s feedback instead'
        : from === 'NEW'
          ? (WHY_NOT[to] ?? 'not allowed')
          : to === 'NEW'
            ? WHY_NOT.NEW!
            : `from ${from} the flag can go to ${allowedFrom(from).join(' or ') || 'nothing'}`;
  throw new AppError('INVALID_TRANSITION', `A flag cannot go from ${from} to ${to}: ${reason}`, {
    from,
    to,
    allowed: [...allowedFrom(from)],
  });
}

/** A note is required for every change: trimmed, non-empty, capped. */
export function checkNote(note: string | null | undefined, field = 'note'): string {
  const value = (note ?? '').trim();
  if (value.length === 0) throw new BadInputError(field, 'is required: say why (it is kept in the flag’s history)');
  if (value.length > NOTE_MAX) throw new BadInputError(field, `is at most ${NOTE_MAX} characters (got ${value.length})`);
  return value;
}
