import { configuredReasons, isValidPurpose, JOURNAL_NO, JOURNAL_NO_SHAPE } from '@opspor/contract';
import { AppError } from '../common/app-error.js';

export const PURPOSE_HEADER = 'x-opspor-purpose';
/** The journal-number pattern and the reasons' shape are the contract's (one definition for API and client). */
export { configuredReasons, JOURNAL_NO };

/**
 * The stated purpose of a read: a journal number, or one of the configured reasons. The header
 * is URI-encoded by the client (reasons are Danish text); a plain value is accepted as is.
 */
export function parsePurpose(header: string | string[] | undefined, reasons: readonly string[]): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw.trim() === '') {
    throw new AppError(
      'PURPOSE_REQUIRED',
      {
        da: `Angiv et formål: send headeren ${PURPOSE_HEADER} med et journalnummer eller en af: ${reasons.join(', ')}`,
        en: `State a purpose: send the ${PURPOSE_HEADER} header with a journal number or one of: ${reasons.join(', ')}`,
      },
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
  if (isValidPurpose(value, reasons)) return value;
  throw new AppError(
    'PURPOSE_REQUIRED',
    {
      da: `"${value.slice(0, 80)}" er ikke et formål: brug et journalnummer (${JOURNAL_NO_SHAPE}) eller en af: ${reasons.join(', ')}`,
      en: `"${value.slice(0, 80)}" is not a purpose: use a journal number (${JOURNAL_NO_SHAPE}) or one of: ${reasons.join(', ')}`,
    },
    {
      reasons,
    },
  );
}
