// The one place dates and numbers become text for people: Danish 01.12.2026 (as the signed reports print
// them), English 1 Dec 2026; never ISO or US order as the only display. Date inputs are ui/DateField:
// shown in the language, sent as ISO.
import { useMemo } from 'react';
import { LOCALES, useLang, type Lang } from './i18n';

const ZONE = 'Europe/Copenhagen';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const DAY_OPTIONS: Record<Lang, Intl.DateTimeFormatOptions> = {
  da: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, zone: string, withTime: boolean): Intl.DateTimeFormat {
  const id = `${lang}|${zone}|${withTime}`;
  let f = cache.get(id);
  if (!f) {
    const time: Intl.DateTimeFormatOptions = withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {};
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...DAY_OPTIONS[lang], ...time, timeZone: zone });
    cache.set(id, f);
  }
  return f;
}

/**
 * A calendar day (2026-12-01) or the day of an instant (in Copenhagen) for people:
 * 01.12.2026 in Danish, 1 Dec 2026 in English. Text that is not a date comes back as it is.
 */
export function formatDay(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  if (DAY.test(iso)) {
    const date = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? iso : formatter(lang, 'UTC', false).format(date);
  }
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : formatter(lang, ZONE, false).format(instant);
}

/** An instant as date and time in Copenhagen: 01.12.2026 14.05 in Danish, 1 Dec 2026, 14:05 in English. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : formatter(lang, ZONE, true).format(instant);
}

/** A month (2026-12) for people: december 2026 / December 2026. */
export function formatMonth(yearMonth: string, lang: Lang): string {
  const date = new Date(`${yearMonth}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return yearMonth;
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A number for people: 1.234,5 in Danish, 1,234.5 in English. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return value.toLocaleString(LOCALES[lang], options);
}

/** The formatters above in the current language. */
export function useFormat() {
  const { lang } = useLang();
  return useMemo(
    () => ({
      day: (iso: string | null | undefined) => formatDay(iso, lang),
      dateTime: (iso: string | null | undefined) => formatDateTime(iso, lang),
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, lang, options),
    }),
    [lang],
  );
}
