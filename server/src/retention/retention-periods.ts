import type { AppConfig } from '../config/config.schema.js';

const DAY_MS = 86_400_000;

/** The dates before which records go (ISO dates, UTC): per case category, and for the other kinds. */
export interface RetentionCutoffs {
  /** cases of a category without its own period */
  cases: string;
  /** cases of the categories with their own period */
  byCategory: Record<string, string>;
  indicators: string;
  supportFlags: string;
  dismissedFlags: string;
}

type RetentionConfig = Pick<
  AppConfig,
  | 'OPSPOR_CASE_RETENTION_YEARS'
  | 'OPSPOR_CASE_RETENTION_BY_CATEGORY'
  | 'OPSPOR_INDICATOR_RETENTION_YEARS'
  | 'OPSPOR_SUPPORT_FLAG_RETENTION_DAYS'
  | 'OPSPOR_DISMISSED_RETENTION_DAYS'
>;

/** `vold=15;husspektakler=12` → { vold: 15, husspektakler: 12 } (the config schema checked the form). */
export function parseCategoryYears(raw: string | undefined): Record<string, number> {
  if (!raw) return {};
  return Object.fromEntries(
    raw
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [code, years] = part.split('=');
        return [code!.trim(), Number(years)];
      }),
  );
}

function yearsBefore(now: Date, years: number): string {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

export function retentionCutoffs(now: Date, config: RetentionConfig): RetentionCutoffs {
  const byCategory = parseCategoryYears(config.OPSPOR_CASE_RETENTION_BY_CATEGORY);
  return {
    cases: yearsBefore(now, config.OPSPOR_CASE_RETENTION_YEARS),
    byCategory: Object.fromEntries(Object.entries(byCategory).map(([code, years]) => [code, yearsBefore(now, years)])),
    indicators: yearsBefore(now, config.OPSPOR_INDICATOR_RETENTION_YEARS),
    supportFlags: daysBefore(now, config.OPSPOR_SUPPORT_FLAG_RETENTION_DAYS),
    dismissedFlags: daysBefore(now, config.OPSPOR_DISMISSED_RETENTION_DAYS),
  };
}
