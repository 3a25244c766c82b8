import { NOTE_MAX } from '@opspor/contract';
import { AppError, BadInputError, type Message } from '../common/app-error.js';

import { FLAG_STATUSES, type FlagStatus } from '../flags/index.js';
import { flagStatusesIn, flagStatusIn } from './status-labels.js';

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

const REVIEW_FIRST: Message = {
  da: 'en beslutning kræver først en vurdering: tag markeringen under behandling',
  en: 'a decision needs a review first: take the flag into review',
};
const WHY_NOT: Partial<Record<FlagStatus, Message>> = {
  NEW: {
    da: 'kun screeningen gør en markering ny igen (nyt grundlag efter en afvisning)',
    en: 'only the scanner makes a flag new again (new evidence after a dismissal)',
  },
  REPORTED: REVIEW_FIRST,
  MONITORING: REVIEW_FIRST,
  DISMISSED: REVIEW_FIRST,
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
  if (!isFlagStatus(to))
    throw new BadInputError('status', {
      da: `skal være en af ${FLAG_STATUSES.join(', ')} (${flagStatusesIn(FLAG_STATUSES, 'da')})`,
      en: `must be one of ${FLAG_STATUSES.join(', ')} (${flagStatusesIn(FLAG_STATUSES, 'en')})`,
    });
  if (allowedFrom(from).includes(to)) return;
  const reason: Message =
    from === to
      ? {
          da: `markeringen er allerede ${flagStatusIn(to, 'da')}${to === 'IN_REVIEW' ? ' (brug tildeling for at give den til en anden)' : ''}`,
          en: `the flag is already ${flagStatusIn(to, 'en')}${to === 'IN_REVIEW' ? ' (use assignment to hand it to someone else)' : ''}`,
        }
      : from === 'REPORTED'
        ? {
            da: 'en underrettet markering er lukket: underretningen er sendt; registrér kommunens tilbagemelding i stedet',
            en: 'a reported flag is closed: the report has been sent; record the municipality’s feedback instead',
          }
        : from === 'NEW'
          ? (WHY_NOT[to] ?? { da: 'ikke tilladt', en: 'not allowed' })
          : to === 'NEW'
            ? WHY_NOT.NEW!
            : {
                da: `fra ${flagStatusIn(from, 'da')} kan markeringen blive ${flagStatusesIn(allowedFrom(from), 'da') || 'intet'}`,
                en: `from ${flagStatusIn(from, 'en')} the flag can become ${flagStatusesIn(allowedFrom(from), 'en') || 'nothing'}`,
              };
  const message = {
    da: `En markering kan ikke gå fra ${flagStatusIn(from, 'da')} til ${flagStatusIn(to, 'da')}: ${reason.da}`,
    en: `A flag cannot go from ${flagStatusIn(from, 'en')} to ${flagStatusIn(to, 'en')}: ${reason.en}`,
  };
  throw new AppError('INVALID_TRANSITION', message, {
    from,
    to,
    allowed: [...allowedFrom(from)],
  });
}

/** A note is required for every change: trimmed, non-empty, capped. */
export function checkNote(note: string | null | undefined, field = 'note'): string {
  const value = (note ?? '').trim();
  if (value.length === 0)
    throw new BadInputError(field, {
      da: 'er påkrævet: skriv hvorfor (det gemmes i markeringens historik)',
      en: 'is required: say why (it is kept in the flag’s history)',
    });
  if (value.length > NOTE_MAX)
    throw new BadInputError(field, {
      da: `må højst være ${NOTE_MAX} tegn (fik ${value.length})`,
      en: `is at most ${NOTE_MAX} characters (got ${value.length})`,
    });
  return value;
}
