// The data-subject extract: every look-up of one person as date, time, purpose, what and
// outcome. The staff member is left out of what is handed over (shown to the admin only).
import type { PersonLookup } from './admin-api';
import { copenhagenDateTime } from './dates';
import { toCsv } from './csv';

export interface AccessRow {
  date: string;
  time: string;
  purpose: string;
  what: string;
  outcome: string;
}

export interface AccessWords {
  what(operation: string): string;
  outcome(outcome: string): string;
  noPurpose: string;
}

/** Oldest first, as a person reads a history. */
export function accessRows(lookups: readonly PersonLookup[], words: AccessWords): AccessRow[] {
  return [...lookups]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((l) => ({
      ...copenhagenDateTime(l.at),
      purpose: l.purpose?.trim() || words.noPurpose,
      what: words.what(l.operation),
      outcome: words.outcome(l.outcome),
    }));
}

export function accessCsv(rows: readonly AccessRow[], columns: Record<keyof AccessRow, string>): string {
  const keys: (keyof AccessRow)[] = ['date', 'time', 'purpose', 'what', 'outcome'];
  return toCsv(
    keys.map((k) => columns[k]),
    rows.map((r) => keys.map((k) => r[k])),
  );
}
