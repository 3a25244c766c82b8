import { randomUUID } from 'node:crypto';

/** Ids of the workflow's nodes start with the flag's id, so a flag and its history travel together. */
export function eventId(flagId: string): string {
  return `${flagId}:event:${randomUUID()}`;
}

export function reportIdFor(flagId: string): string {
  return `${flagId}:report`;
}

/** A short reference to print on the report (no internal ids, nothing about the family). */
export function reportReference(now: Date): string {
  return `OPS-${now.getUTCFullYear()}-${randomUUID().slice(0, 6).toUpperCase()}`;
}
