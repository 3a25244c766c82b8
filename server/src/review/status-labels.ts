import type { Lang } from '../common/lang.js';
import type { Message } from '../common/app-error.js';
import type { FlagStatus } from '../flags/index.js';
import type { REPORT_STATUSES } from './review-enums.js';

/**
 * The words the client shows for a flag's and a report's status (client/src/review/review-messages.ts),
 * for the server's own texts: a refusal names a status the way the page does, never by its code.
 */
export const FLAG_STATUS_WORDS: Record<FlagStatus, Message> = {
  NEW: { da: 'ny', en: 'new' },
  IN_REVIEW: { da: 'under behandling', en: 'in review' },
  REPORTED: { da: 'underrettet', en: 'reported' },
  MONITORING: { da: 'overvåges', en: 'monitoring' },
  DISMISSED: { da: 'afvist', en: 'dismissed' },
};

export const REPORT_STATUS_WORDS: Record<(typeof REPORT_STATUSES)[number], Message> = {
  DRAFT: { da: 'et udkast', en: 'a draft' },
  AWAITING_APPROVAL: { da: 'afventer godkendelse', en: 'awaiting approval' },
  RETURNED: { da: 'sendt retur', en: 'returned' },
  APPROVED: { da: 'godkendt', en: 'approved' },
  REPORTED: { da: 'sendt af politikredsen', en: 'sent by the police district' },
};

/** A flag status in words ("under behandling"); an unknown value as it is. */
export function flagStatusIn(status: string, lang: Lang): string {
  return (FLAG_STATUS_WORDS as Record<string, Message | undefined>)[status]?.[lang] ?? status;
}

/** A report status in words ("afventer godkendelse"); an unknown value as it is. */
export function reportStatusIn(status: string, lang: Lang): string {
  return (REPORT_STATUS_WORDS as Record<string, Message | undefined>)[status]?.[lang] ?? status;
}

/** Statuses as a list a person reads: "ny, under behandling eller afvist". */
export function flagStatusesIn(statuses: readonly string[], lang: Lang): string {
  const words = statuses.map((s) => flagStatusIn(s, lang));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${lang === 'da' ? 'eller' : 'or'} ${words.at(-1)}`;
}
