import { AppError } from '../common/app-error.js';

export const PURPOSE_HEADER = 'x-opspor-purpose';
/** A police journal number, e.g. 5100-80120-00042-26. */
export const JOURNAL_NO = /^\d{4}-\d{5}-\d{5}-\d{2}$/;

export function configuredReasons(raw: string): string[] {
  return raw
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The stated purpose of a read: a journal number, or one of the configured reasons. The header
 * is URI-encoded by the client (reasons are Danish text); a plain value is accepted as is.
 */
export function parsePurpose(header: string | string[] | undefined, reasons: readonly string[]): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw.trim() === '') {
    throw new AppError(
      'PURPOSE_REQUIRED',
      `State a purpose: send the ${PURPOSE_HEADER} header with a journal number or one of: ${reasons.join(', ')}`,
      {
        reasons,
      },
    );
  }
  let value: string;
  try {
    value = decodeURIComponent(raw).trim();
  } catch {
    value = raw.trim();
  }
  if (value.length <= 200 && (JOURNAL_NO.test(value) || reasons.includes(value))) return value;
  throw new AppError(
    'PURPOSE_REQUIRED',
    `"${value.slice(0, 80)}" is not a purpose: use a journal number (nnnn-nnnnn-nnnnn-nn) or one of: ${reasons.join(', ')}`,
    {
      reasons,
    },
  );
}
