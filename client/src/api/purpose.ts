// The purpose of person look-ups: asked once per investigation, kept for the browser tab
// (sessionStorage), sent URI-encoded in the x-opspor-purpose header.
export const PURPOSE_REASONS = [
  'Socialsøg-screening',
  'Opfølgning på underretning',
  'Tilbud om tidlig støtte',
  'Kvalitetskontrol',
  'Aktindsigt (registreret)',
] as const;
export const JOURNAL_NO = /^\d{4}-\d{5}-\d{5}-\d{2}$/;

const KEY = 'opspor.purpose';

export function isValidPurpose(value: string, reasons: readonly string[] = PURPOSE_REASONS): boolean {
  const v = value.trim();
  return JOURNAL_NO.test(v) || reasons.includes(v);
}

export function storedPurpose(): string | null {
  const value = sessionStorage.getItem(KEY);
  return value && value.trim() ? value : null;
}

export function storePurpose(value: string): void {
  sessionStorage.setItem(KEY, value.trim());
}

export function clearPurpose(): void {
  sessionStorage.removeItem(KEY);
}
