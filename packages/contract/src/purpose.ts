// The stated purpose of a read of person data: a police journal number, or one of the reasons the
// server is configured with (OPSPOR_PURPOSE_REASONS, `;`-separated). The client asks the API for
// the reasons; it keeps no list of its own.
import { z } from 'zod';
import { JOURNAL_NO } from './journal.js';

/** A purpose is at most this long (a reason is free text in the configuration). */
export const PURPOSE_MAX_LENGTH = 200;

/** One configured reason: non-empty text, at most PURPOSE_MAX_LENGTH characters, no `;`. */
export const purposeReasonSchema = z
  .string()
  .trim()
  .min(1)
  .max(PURPOSE_MAX_LENGTH)
  .refine((v) => !v.includes(';'), { error: 'must not contain ";" (it separates the reasons)' });

/** The reasons of a configuration value such as `Screening;Opfølgning på underretning`. */
export function configuredReasons(raw: string): string[] {
  return raw
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Whether a value is a purpose: a journal number or one of the given reasons. */
export function isValidPurpose(value: string, reasons: readonly string[]): boolean {
  const v = value.trim();
  return v.length <= PURPOSE_MAX_LENGTH && (JOURNAL_NO.test(v) || reasons.includes(v));
}

/** A purpose field, checked against the reasons in force. */
export function purposeSchema(reasons: readonly string[]) {
  return z
    .string()
    .trim()
    .refine((v) => isValidPurpose(v, reasons), { error: 'must be a journal number or one of the configured reasons' });
}
