import {
  ChainVerifier,
  checkpointText,
  keyedFromText,
  macMatches,
  type ChainProblem,
  type ChainedEntry,
  type Checkpoint,
} from './audit-chain.js';

export interface ChainHead {
  seq: number;
  hash: string;
  keyedFrom: number | null;
  keyedMac: string | null;
}

/** Where the chain is read from: the database (AuditService), or a test's open transaction. */
export interface ChainReader {
  head(): Promise<ChainHead | undefined>;
  /** entries with afterSeq < seq <= untilSeq, in seq order, at most `limit` */
  page(afterSeq: number, untilSeq: number, limit: number): Promise<ChainedEntry[]>;
  /** the lowest seq of an entry past the head as it is now (there must be none) */
  firstBeyondHead(): Promise<number | null>;
}

/** A reader over named Cypher files (audit/head, audit/chain, audit/beyond-head) run by `run`. */
export function cypherChainReader(run: <T extends object>(name: string, params?: Record<string, unknown>) => Promise<T[]>): ChainReader {
  return {
    head: async () => {
      const [row] = await run<{ seq: number | null; hash: string | null; keyedFrom: number | null; keyedMac: string | null }>('audit/head');
      return row?.seq != null && row.hash != null
        ? { seq: row.seq, hash: row.hash, keyedFrom: row.keyedFrom ?? null, keyedMac: row.keyedMac ?? null }
        : undefined;
    },
    page: async (afterSeq, untilSeq, limit) =>
      (await run<{ event: ChainedEntry }>('audit/chain', { afterSeq, untilSeq, limit })).map(({ event }) => ({
        ...event,
        personIds: event.personIds ?? [],
      })),
    firstBeyondHead: async () => (await run<{ seq: number | null }>('audit/beyond-head'))[0]?.seq ?? null,
  };
}

/** Checkpoint lines from the file; a line that does not parse or is not signed is a problem. */
export function parseCheckpoints(lines: string[], key: string): { checkpoints: Checkpoint[]; problem?: ChainProblem } {
  const checkpoints: Checkpoint[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let parsed: Partial<Checkpoint>;
    try {
      parsed = JSON.parse(line) as Partial<Checkpoint>;
    } catch {
      return { checkpoints, problem: { kind: 'forged-checkpoint', seq: i + 1 } };
    }
    const { seq, hash, at, mac } = parsed;
    if (
      typeof seq !== 'number' ||
      typeof hash !== 'string' ||
      typeof at !== 'string' ||
      !macMatches(key, checkpointText({ seq, hash, at }), mac)
    ) {
      return { checkpoints, problem: { kind: 'forged-checkpoint', seq: i + 1 } };
    }
    checkpoints.push({ seq, hash, at, mac: mac as string });
  }
  return { checkpoints };
}

const PAGE = 5000;

/**
 * Verifies the audit chain against the key and the signed checkpoints: every entry up to the
 * head hashes (HMAC from the keyed-from mark on) and links to its predecessor; the mark itself is
 * signed; the chain agrees with every checkpoint and reaches at least the newest one (a tail cut
 * off and the head moved back is "truncated"); and no entry lies past the head.
 */
export async function verifyAuditChain(
  reader: ChainReader,
  key: string,
  checkpointLines: string[],
): Promise<{ checked: number; problem: ChainProblem | undefined }> {
  const { checkpoints, problem: fileProblem } = parseCheckpoints(checkpointLines, key);
  if (fileProblem) return { checked: 0, problem: fileProblem };
  const head = await reader.head();
  const untilSeq = head?.seq ?? 0;
  if (head && head.seq > 0) {
    const keyedFrom = head.keyedFrom;
    if (keyedFrom === null || !macMatches(key, keyedFromText(keyedFrom), head.keyedMac)) {
      return { checked: 0, problem: { kind: 'unkeyed', seq: head.seq } };
    }
  }
  const newest = checkpoints.reduce((max, c) => Math.max(max, c.seq), 0);
  if (newest > untilSeq) return { checked: 0, problem: { kind: 'truncated', seq: untilSeq + 1 } };

  const verifier = new ChainVerifier(key, head?.keyedFrom ?? 1, new Set(checkpoints.map((c) => c.seq)));
  let afterSeq = 0;
  for (;;) {
    const rows = await reader.page(afterSeq, untilSeq, PAGE);
    for (const event of rows) if (!verifier.add(event)) break;
    if (verifier.problem || rows.length < PAGE) break;
    afterSeq = rows[rows.length - 1]!.seq;
  }
  const chainProblem = verifier.finish(head ? { seq: head.seq, hash: head.hash } : undefined);
  if (chainProblem) return { checked: verifier.checked, problem: chainProblem };
  for (const c of checkpoints) {
    if (c.seq > 0 && verifier.hashesAt.get(c.seq) !== c.hash) {
      return { checked: verifier.checked, problem: { kind: 'checkpoint-mismatch', seq: c.seq } };
    }
  }
  const beyond = await reader.firstBeyondHead();
  if (beyond !== null) return { checked: verifier.checked, problem: { kind: 'beyond-head', seq: beyond } };
  return { checked: verifier.checked, problem: undefined };
}
