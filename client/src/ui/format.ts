import type { Lang } from '../i18n/i18n';

/** 2025-03-01 → 01.03.2025 in Danish; as is in English. */
export function showDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  if (lang === 'en') return day;
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

/** A date and time in Danish local time. */
export function showDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(date);
}
