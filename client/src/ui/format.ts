import { formatDateTime, formatDay } from '../i18n/format';
import type { Lang } from '../i18n/i18n';

/** 2025-03-01 → 01.03.2025 in Danish, 1 Mar 2025 in English (i18n/format.ts). */
export function showDate(iso: string | null | undefined, lang: Lang): string {
  return formatDay(iso ? iso.slice(0, 10) : iso, lang);
}

/** A date and time in Copenhagen time (i18n/format.ts). */
export function showDateTime(iso: string | null | undefined, lang: Lang): string {
  return formatDateTime(iso, lang);
}
