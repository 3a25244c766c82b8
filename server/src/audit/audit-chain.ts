import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

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

/**
 * An entry's hash: HMAC-SHA256 with the audit key (a secret the database does not hold, so whoever
 * can write to Neo4j cannot recompute the chain after an edit), or plain SHA-256 for entries
 * written before the chain was keyed (seq below the head's keyed-from mark; see verifyAuditChain).
 */
export function entryHash(entry: AuditEntry, prevHash: string, key?: string): string {
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
  return key === undefined ? createHash('sha256').update(canonical, 'utf8').digest('hex') : mac(key, canonical);
}

export function mac(key: string, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

export function macMatches(key: string, text: string, expected: unknown): boolean {
  if (typeof expected !== 'string' || !/^[0-9a-f]{64}$/.test(expected)) return false;
  return timingSafeEqual(Buffer.from(mac(key, text), 'hex'), Buffer.from(expected, 'hex'));
}

/** The signed mark on the head saying from which seq on entries are keyed (the migration point). */
export const keyedFromText = (keyedFrom: number) => `opspor-audit-keyed-from:${keyedFrom}`;

/** A checkpoint in the append-only file outside the database: the chain had this hash at this seq. */
export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  mac: string;
}

export const checkpointText = (c: Pick<Checkpoint, 'seq' | 'hash' | 'at'>) => `opspor-audit-checkpoint:${c.seq}:${c.hash}:${c.at}`;

export function signCheckpoint(key: string, seq: number, hash: string, at: string): Checkpoint {
  return { seq, hash, at, mac: mac(key, checkpointText({ seq, hash, at })) };
}

export type ChainProblem =
  | { kind: 'edited'; seq: number }
  | { kind: 'missing'; seq: number }
  | { kind: 'inserted'; seq: number }
  | { kind: 'truncated'; seq: number }
  /** an entry with a seq past the head: written around the chain */
  | { kind: 'beyond-head'; seq: number }
  /** the head's keyed-from mark is missing or not signed with the key */
  | { kind: 'unkeyed'; seq: number }
  /** a checkpoint line that is not signed with the key (seq: its line number in the file) */
  | { kind: 'forged-checkpoint'; seq: number }
  /** the chain's hash at a checkpoint's seq differs from the signed checkpoint */
  | { kind: 'checkpoint-mismatch'; seq: number };

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
  /** the hash seen at each seq asked for (checkpoints compare against these) */
  readonly hashesAt = new Map<number, string>();

  /** Without a key: every entry is unkeyed (SHA-256). With one: entries from `keyedFrom` on are HMACs. */
  constructor(
    private readonly key?: string,
    private readonly keyedFrom = 1,
    private readonly watch: ReadonlySet<number> = new Set(),
  ) {}

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
    if (entryHash(entry, entry.prevHash, entry.seq >= this.keyedFrom ? this.key : undefined) !== entry.hash) {
      this.problem = { kind: 'edited', seq: entry.seq };
      return false;
    }
    if (this.watch.has(entry.seq)) this.hashesAt.set(entry.seq, entry.hash);
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

/** A problem in words, for the CLI and logs. */
export function describeProblem(problem: ChainProblem, checkpointFile: string): string {
  switch (problem.kind) {
    case 'edited':
      return `entry ${problem.seq} was altered (its hash no longer matches)`;
    case 'inserted':
      return `entry ${problem.seq} was inserted or reordered (it does not chain to its predecessor)`;
    case 'missing':
      return `entry ${problem.seq} is missing`;
    case 'truncated':
      return `the chain ends before entry ${problem.seq}, which existed (a signed checkpoint or the head says so): the tail was cut off`;
    case 'beyond-head':
      return `entry ${problem.seq} lies past the chain's head (written around the chain)`;
    case 'unkeyed':
      return 'the chain is not keyed with this OPSPOR_AUDIT_KEY (its keyed-from mark is missing or forged)';
    case 'forged-checkpoint':
      return `line ${problem.seq} of ${checkpointFile} is not a checkpoint signed with the audit key`;
    case 'checkpoint-mismatch':
      return `entry ${problem.seq} differs from the signed checkpoint of it in ${checkpointFile}`;
    default:
      return assertNever(problem);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled: ${JSON.stringify(value)}`);
}
