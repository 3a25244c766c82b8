import { z } from 'zod';

/** A police journal number, e.g. 5100-80120-00042-26. */
export const JOURNAL_NO = /^\d{4}-\d{5}-\d{5}-\d{2}$/;
/** How a journal number is written, for messages. */
export const JOURNAL_NO_SHAPE = 'nnnn-nnnnn-nnnnn-nn';

export function isJournalNumber(value: string): boolean {
  return JOURNAL_NO.test(value.trim());
}

export const journalNumberSchema = z
  .string()
  .trim()
  .regex(JOURNAL_NO, { error: `must be a journal number ${JOURNAL_NO_SHAPE}` });
