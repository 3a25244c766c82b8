import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { IngestEvents } from './ingest-events.js';
import { IngestRejectedError, type IngestWriter } from './ingest-writer.js';
import type { RecordType } from './records.js';
import { checkRecord, recordReferences, type IngestProblem, type ReferenceLookup } from './validate.js';

const NODE_TYPES = new Set<RecordType>(['person', 'address', 'case']);

export interface FileIngestOptions {
  batchSize: number;
  maxProblems: number;
  onProgress?: (p: { phase: string; lines: number; records: number; elapsedMs: number }) => void;
}

export interface FileIngestResult {
  records: number;
  batches: number;
  elapsedMs: number;
}

async function* numberedLines(path: string): AsyncGenerator<{ line: number; text: string }> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line += 1;
    if (text.trim() !== '') yield { line, text };
  }
}

/**
 * Ingests a JSON Lines file of any size. Records may come in any order: the whole file is checked
 * first (structure, and every reference against the file and the database) and nothing is
 * written when any record is bad. Then nodes are written before relationships, in batches that
 * are each all or nothing, and each committed batch triggers the incremental risk re-check.
 */
export async function ingestFile(
  path: string,
  writer: IngestWriter,
  lookup: ReferenceLookup,
  events: IngestEvents,
  options: FileIngestOptions,
): Promise<FileIngestResult> {
  const started = Date.now();
  const problems: IngestProblem[] = [];
  let totalProblems = 0;
  const note = (p: IngestProblem) => {
    totalProblems += 1;
    if (problems.length < options.maxProblems) problems.push(p);
  };
  const defined = new Set<string>();
  const wanted = new Map<string, { line: number; field: string }>();
  let records = 0;

  for await (const { line, text } of numberedLines(path)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      note({ line, field: '(line)', reason: `not valid JSON: ${(error as Error).message.slice(0, 120)}` });
      continue;
    }
    const checked = checkRecord(value, line, lookup);
    checked.problems.forEach(note);
    const r = checked.record;
    if (!r) continue;
    records += 1;
    if (r.type === 'person' || r.type === 'address' || r.type === 'case') defined.add(`${r.type}:${r.id}`);
    for (const ref of recordReferences(r)) {
      const key = `${ref.kind}:${ref.id}`;
      if (!wanted.has(key)) wanted.set(key, { line, field: ref.field });
    }
    if (records % 100_000 === 0) options.onProgress?.({ phase: 'check', lines: line, records, elapsedMs: Date.now() - started });
  }

  const unresolved = [...wanted].filter(([key]) => !defined.has(key));
  for (let i = 0; i < unresolved.length; i += 5000) {
    const chunk = unresolved.slice(i, i + 5000);
    const ids = (type: string) => chunk.filter(([k]) => k.startsWith(`${type}:`)).map(([k]) => k.slice(type.length + 1));
    const found = await writer.existing({ personIds: ids('person'), addressIds: ids('address'), caseIds: ids('case') });
    for (const [key, at] of chunk) {
      if (!found.has(key))
        note({ line: at.line, field: at.field, reason: `unknown ${key.split(':')[0]} "${key.slice(key.indexOf(':') + 1)}"` });
    }
  }
  if (totalProblems > 0) {
    problems.sort((a, b) => a.line - b.line);
    throw new IngestRejectedError(problems, totalProblems);
  }

  let batches = 0;
  let written = 0;
  for (const phase of ['nodes', 'relationships'] as const) {
    let batch: { line: number; value: unknown }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const summary = await writer.writeBatch(batch, lookup);
      await events.committed(summary);
      batches += 1;
      written += batch.length;
      options.onProgress?.({ phase, lines: batch[batch.length - 1]!.line, records: written, elapsedMs: Date.now() - started });
      batch = [];
    };
    for await (const { line, text } of numberedLines(path)) {
      const value = JSON.parse(text) as { type: RecordType };
      if (NODE_TYPES.has(value.type) !== (phase === 'nodes')) continue;
      batch.push({ line, value });
      if (batch.length >= options.batchSize) await flush();
    }
    await flush();
  }
  return { records: written, batches, elapsedMs: Date.now() - started };
}
