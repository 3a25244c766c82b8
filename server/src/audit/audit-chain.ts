import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields an audit entry's hash covers, in a fixed order. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  role: string;
  operation: string;
  personIds: string[];
  purpose: string | null;
  requestId: string | null;
  outcome: string;
  detail: string | null;
}

export interface ChainedEntry extends AuditEntry {
  prevHash: string;
  hash: string;
}

export function entryHash(entry: AuditEntry, prevHash: string): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.at,
    entry.actor,
    entry.role,
    entry.operation,
    entry.personIds,
    entry.purpose,
    entry.requestId,
    entry.outcome,
    entry.detail,
    prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export type ChainProblem =
  | { kind: 'edited'; seq: number }
  | { kind: 'missing'; seq: number }
  | { kind: 'inserted'; seq: number }
  | { kind: 'truncated'; seq: number };

/**
 * Walks entries in seq order and reports the first break: an entry whose content no longer
 * matches its hash (edited), a gap in the sequence (missing), an entry that does not chain to
 * its predecessor (inserted), or a chain shorter than its head says (truncated).
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  problem: ChainProblem | undefined;
  checked = 0;

  add(entry: ChainedEntry): boolean {
    if (this.problem) return false;
    if (entry.seq > this.expectedSeq) {
      this.problem = { kind: 'missing', seq: this.expectedSeq };
      return false;
    }
    if (entry.seq < this.expectedSeq || entry.prevHash !== this.prevHash) {
      this.problem = { kind: 'inserted', seq: entry.seq };
      return false;
    }
    if (entryHash(entry, entry.prevHash) !== entry.hash) {
      this.problem = { kind: 'edited', seq: entry.seq };
      return false;
    }
    this.prevHash = entry.hash;
    this.expectedSeq += 1;
    this.checked += 1;
    return true;
  }

  finish(head: { seq: number; hash: string } | undefined): ChainProblem | undefined {
    if (this.problem) return this.problem;
    if (head && head.seq >= this.expectedSeq) this.problem = { kind: 'truncated', seq: this.expectedSeq };
    else if (head && head.seq === this.expectedSeq - 1 && head.hash !== this.prevHash && head.seq > 0) {
      this.problem = { kind: 'edited', seq: head.seq };
    }
    return this.problem;
  }
}
