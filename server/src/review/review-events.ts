import { randomUUID } from 'node:crypto';

/** Ids of the workflow's nodes start with the flag's id, so a flag and its history travel together. */
export function eventId(flagId: string): string {
  return `${flagId}:event:${randomUUID()}`;
}

/** A flag's report of one round (a reported flag with new evidence starts a new round and a new report). */
export function reportIdFor(flagId: string, round: number | null = 1): string {
  return round !== null && round > 1 ? `${flagId}:report-${round}` : `${flagId}:report`;
}

/** The flag a report id belongs to. */
export function flagIdOfReport(reportId: string): string {
  return reportId.replace(/:report(-\d+)?$/, '');
}

/** A short reference to print on the report (no internal ids, nothing about the family). */
export function reportReference(now: Date): string {
  return `OPS-${now.getUTCFullYear()}-${randomUUID().slice(0, 6).toUpperCase()}`;
}
