import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { IngestRejectedError, type BatchResult, type BatchSource } from './ingest-writer.js';
import type { BatchRecord, RecordType } from './records.js';
import { checkRecord, parseLine, recordReferences, type IngestProblem, type ReferenceLookup } from './validate.js';

const NODE_TYPES = new Set<string>(['person', 'address', 'case']);

/** Retractions first (a corrected residence replaces the retracted one), then nodes, then links. */
export const PHASES = ['retractions', 'nodes', 'relationships'] as const;
export type Phase = (typeof PHASES)[number];

function phaseOf(type: unknown): Phase {
  if (type === 'retract') return 'retractions';
  return NODE_TYPES.has(type as string) ? 'nodes' : 'relationships';
}

export interface FileIngestOptions {
  batchSize: number;
  maxProblems: number;
  /** skip lines before this one (resume after the relationships phase was cut off) */
  fromLine?: number;
  onProgress?: (p: { phase: Phase; lines: number; records: number; elapsedMs: number }) => void;
}

export interface FileIngestResult {
  records: number;
  batches: number;
  applied: number;
  unchanged: number;
  stale: number;
  retracted: number;
  staleLines: number[];
  elapsedMs: number;
}

/** Commits one batch (validate, write, audit, re-check): IngestService.commit with its source. */
export type CommitBatch = (values: { line: number; value: unknown }[], source: BatchSource) => Promise<BatchResult>;

/** Where a file ingest got to: what a failure report needs to say how to go on. */
export interface FileProgress {
  phase: Phase | 'check';
  /** the last line committed in the current phase (0: none yet) */
  lastCommittedLine: number;
  /** batches committed over all phases */
  batches: number;
}

/** A file ingest that stopped part way (e.g. the database went away) after some batches were committed. */
export class FileIngestInterruptedError extends Error {
  constructor(
    readonly progress: FileProgress,
    override readonly cause: unknown,
  ) {
    super(`ingest interrupted in the ${progress.phase} phase after line ${progress.lastCommittedLine}`);
    this.name = 'FileIngestInterruptedError';
  }

  /** How to go on: a re-run is always safe; after nodes are complete, --from-line skips what is committed. */
  resumeHint(file: string): string {
    const { phase, lastCommittedLine } = this.progress;
    const rerun = `re-run "npm run ingest -- ${file}" (safe: records already written count as unchanged)`;
    if (phase === 'relationships' && lastCommittedLine > 0) {
      return `${rerun}, or resume with "npm run ingest -- ${file} --from-line ${lastCommittedLine + 1}"`;
    }
    return rerun;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One line of a file: its text, or why it cannot be read. */
export interface NumberedLine {
  line: number;
  text?: string;
  problem?: IngestProblem;
}

/**
 * The lines of a file, decoded strictly: a line that is not valid UTF-8 is reported by number,
 * never turned into U+FFFD. A byte order mark at the start of the file is ignored.
 */
export async function* numberedLines(path: string): AsyncGenerator<NumberedLine> {
  for await (const lines of numberedLineChunks(path)) yield* lines;
}

/**
 * numberedLines a read chunk at a time (an array per 64 KiB read): a bulk pass over millions of
 * lines then pays the async iteration once per chunk rather than once per line.
 */
export async function* numberedLineChunks(path: string): AsyncGenerator<NumberedLine[]> {
  let line = 0;
  let pending: Buffer[] = [];
  const decode = (bytes: Buffer): NumberedLine => {
    line += 1;
    let body = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
    if (line === 1 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
    try {
      return { line, text: decoder.decode(body) };
    } catch {
      const at = firstInvalidByte(body);
      return {
        line,
        problem: { line, field: '(line)', reason: `not valid UTF-8 (byte ${at + 1} of the line); fix the encoding at the source` },
      };
    }
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const out: NumberedLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      pending.push(chunk.subarray(start, nl));
      const decoded = decode(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
      pending = [];
      start = nl + 1;
      if (decoded.problem || decoded.text!.trim() !== '') out.push(decoded);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
    if (out.length > 0) yield out;
  }
  if (pending.length > 0) {
    const decoded = decode(Buffer.concat(pending));
    if (decoded.problem || decoded.text!.trim() !== '') yield [decoded];
  }
}

/** The offset of the first byte that breaks UTF-8 (for the error message). */
function firstInvalidByte(bytes: Buffer): number {
  for (let end = 1; end <= bytes.length; end += 1) {
    try {
      decoder.decode(bytes.subarray(0, end), { stream: true });
    } catch {
      return end - 1;
    }
  }
  return bytes.length - 1;
}

/** A record that passed the check of its line on its own, with the value it was parsed from. */
export interface CheckedRecord {
  line: number;
  record: BatchRecord;
  value: unknown;
  /** the line as sent */
  text: string;
}

/**
 * The records of a file that pass the check of each line on its own (UTF-8, JSON, checkRecord), in
 * order; every problem goes to `note`. The first pass of `ingest` and of `import` alike.
 */
export async function* checkedRecords(
  path: string,
  lookup: ReferenceLookup,
  note: (p: IngestProblem) => void,
  fromLine = 1,
): AsyncGenerator<CheckedRecord> {
  for await (const records of checkedRecordChunks(path, lookup, note, fromLine)) yield* records;
}

/** checkedRecords a read chunk at a time (see numberedLineChunks). */
export async function* checkedRecordChunks(
  path: string,
  lookup: ReferenceLookup,
  note: (p: IngestProblem) => void,
  fromLine = 1,
): AsyncGenerator<CheckedRecord[]> {
  for await (const lines of numberedLineChunks(path)) {
    const out: CheckedRecord[] = [];
    for (const { line, text, problem } of lines) {
      if (line < fromLine) continue;
      if (problem) {
        note(problem);
        continue;
      }
      const parsed = parseLine(text!, line);
      if (parsed.problem) {
        note(parsed.problem);
        continue;
      }
      const checked = checkRecord(parsed.value, line, lookup);
      checked.problems.forEach(note);
      if (checked.record) out.push({ line, record: checked.record, value: parsed.value, text: text! });
    }
    if (out.length > 0) yield out;
  }
}

/**
 * Ingests a JSON Lines file of any size. Records may come in any order: the whole file is checked
 * first (structure, and every reference against the file and the database) and nothing is
 * written when any record is bad. Then retractions, nodes and relationships are written, each in
 * batches that are all or nothing and audited; each committed batch triggers the risk re-check.
 */
export async function ingestFile(
  path: string,
  commit: CommitBatch,
  lookup: ReferenceLookup,
  existing: (refs: { personIds: string[]; addressIds: string[]; caseIds: string[] }) => Promise<Set<string>>,
  source: Omit<BatchSource, 'file'>,
  options: FileIngestOptions,
): Promise<FileIngestResult> {
  const started = Date.now();
  const fromLine = options.fromLine ?? 1;
  const problems: IngestProblem[] = [];
  let totalProblems = 0;
  const note = (p: IngestProblem) => {
    totalProblems += 1;
    if (problems.length < options.maxProblems) problems.push(p);
  };
  const defined = new Set<string>();
  const retracted = new Set<string>();
  const wanted = new Map<string, { line: number; field: string }>();
  let records = 0;

  for await (const { line, record: r } of checkedRecords(path, lookup, note, fromLine)) {
    records += 1;
    if (r.type === 'person' || r.type === 'address' || r.type === 'case') defined.add(`${r.type}:${r.id}`);
    if (r.type === 'retract' && r.id !== undefined) retracted.add(`${r.target}:${r.id}`);
    for (const ref of recordReferences(r)) {
      const key = `${ref.kind}:${ref.id}`;
      if (!wanted.has(key)) wanted.set(key, { line, field: ref.field });
    }
    if (records % 100_000 === 0) options.onProgress?.({ phase: 'nodes', lines: line, records, elapsedMs: Date.now() - started });
  }

  for (const [key, at] of wanted) {
    if (retracted.has(key))
      note({
        line: at.line,
        field: at.field,
        reason: `${key.split(':')[0]} "${key.slice(key.indexOf(':') + 1)}" is retracted in this file`,
      });
  }
  const unresolved = [...wanted].filter(([key]) => !defined.has(key) && !retracted.has(key));
  for (let i = 0; i < unresolved.length; i += 5000) {
    const chunk = unresolved.slice(i, i + 5000);
    const ids = (type: string) => chunk.filter(([k]) => k.startsWith(`${type}:`)).map(([k]) => k.slice(type.length + 1));
    const found = await existing({ personIds: ids('person'), addressIds: ids('address'), caseIds: ids('case') });
    for (const [key, at] of chunk) {
      if (!found.has(key))
        note({ line: at.line, field: at.field, reason: `unknown ${key.split(':')[0]} "${key.slice(key.indexOf(':') + 1)}"` });
    }
  }
  if (totalProblems > 0) {
    problems.sort((a, b) => a.line - b.line);
    throw new IngestRejectedError(problems, totalProblems);
  }

  const result: FileIngestResult = {
    records: 0,
    batches: 0,
    applied: 0,
    unchanged: 0,
    stale: 0,
    retracted: 0,
    staleLines: [],
    elapsedMs: 0,
  };
  const progress: FileProgress = { phase: 'check', lastCommittedLine: 0, batches: 0 };
  const batchSource: BatchSource = { ...source, file: basename(path) };
  for (const phase of PHASES) {
    progress.phase = phase;
    progress.lastCommittedLine = 0;
    let batch: { line: number; value: unknown }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      let committed: BatchResult;
      try {
        committed = await commit(batch, batchSource);
      } catch (error) {
        if (error instanceof IngestRejectedError || progress.batches === 0) throw error;
        throw new FileIngestInterruptedError({ ...progress }, error);
      }
      result.batches += 1;
      result.records += batch.length;
      result.applied += committed.applied;
      result.unchanged += committed.unchanged;
      result.stale += committed.stale;
      result.retracted += committed.retracted;
      result.staleLines.push(...committed.changes.filter((c) => c.action === 'stale').map((c) => c.line));
      progress.batches += 1;
      progress.lastCommittedLine = batch[batch.length - 1]!.line;
      options.onProgress?.({ phase, lines: progress.lastCommittedLine, records: result.records, elapsedMs: Date.now() - started });
      batch = [];
    };
    for await (const { line, text } of numberedLines(path)) {
      if (line < fromLine) continue;
      const value = parseLine(text!, line).value as { type: RecordType | 'retract' };
      if (phaseOf(value.type) !== phase) continue;
      batch.push({ line, value });
      if (batch.length >= options.batchSize) await flush();
    }
    await flush();
  }
  result.elapsedMs = Date.now() - started;
  return result;
}
