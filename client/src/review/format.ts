import { useMessages } from '../i18n/i18n';
import { REVIEW_MESSAGES, type ReviewKey } from './review-messages';

export type ReviewT = (key: ReviewKey, vars?: Record<string, string | number>) => string;

export function useReviewT(): ReviewT {
  return useMessages(REVIEW_MESSAGES);
}

/** A label for a value from the API (a status, a role…), or the value itself when there is none. */
export function label(t: ReviewT, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in REVIEW_MESSAGES.da ? t(key as ReviewKey) : value;
}

/** "today", "yesterday", "12 days ago". */
export function showAge(t: ReviewT, iso: string, now: Date = new Date()): string {
  const days = Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
  if (days <= 0) return t('age.today');
  if (days === 1) return t('age.day');
  return t('age.days', { n: days });
}
