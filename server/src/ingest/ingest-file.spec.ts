import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileIngestInterruptedError, ingestFile, numberedLines, type CommitBatch } from './ingest-file.js';
import type { BatchResult } from './ingest-writer.js';

const lookup = { isMunicipality: () => true, isDistrict: () => true, isCategory: () => true };
const dir = mkdtempSync(join(tmpdir(), 'ingest-file-'));
const person = (id: string) => JSON.stringify({ type: 'person', id, name: id, sex: 'U', birthDate: '2000-01-01' });
const parent = (a: string, b: string) => JSON.stringify({ type: 'parent', parentId: a, childId: b });
const source = { source: 'cli' as const, actor: 'cli:test' };

function committed(values: { line: number }[]): BatchResult {
  return {
    records: values.length,
    byType: {},
    affectedPersonIds: [],
    batch: { id: 'b', at: '2026-12-01T00:00:00Z', source: 'cli', actor: 'cli:test', file: 'f' },
    applied: values.length,
    unchanged: 0,
    stale: 0,
    retracted: 0,
    changes: [],
  };
}

/** A commit that works for `ok` batches, then fails as a lost connection does. */
function failingAfter(ok: number, seen: number[][]): CommitBatch {
  return async (values) => {
    if (seen.length >= ok) throw Object.assign(new Error('Connection was closed by server'), { code: 'ServiceUnavailable' });
    seen.push(values.map((v) => v.line));
    return committed(values);
  };
}

const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const lines = [person('a'), person('b'), person('c'), parent('a', 'b'), parent('a', 'c'), parent('b', 'c')];

describe('ingestFile when the database goes away', () => {
  it('in the relationships phase: names the last committed line and the --from-line to resume with', async () => {
    const path = file('rel.jsonl', lines);
    const seen: number[][] = [];
    const error = await ingestFile(path, failingAfter(2, seen), lookup, async () => new Set(), source, {
      batchSize: 2,
      maxProblems: 10,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileIngestInterruptedError);
    const interrupted = error as FileIngestInterruptedError;
    expect(seen).toEqual([[1, 2], [3]]);
    expect(interrupted.progress).toMatchObject({ phase: 'relationships', lastCommittedLine: 0 });
    expect(interrupted.resumeHint('rel.jsonl')).toBe(
      're-run "npm run ingest -- rel.jsonl" (safe: records already written count as unchanged)',
    );
  });

  it('after a committed relationship batch: --from-line resumes after it', async () => {
    const path = file('rel2.jsonl', lines);
    const seen: number[][] = [];
    const error = (await ingestFile(path, failingAfter(3, seen), lookup, async () => new Set(), source, {
      batchSize: 2,
      maxProblems: 10,
    }).catch((e: unknown) => e)) as FileIngestInterruptedError;
    expect(seen).toEqual([[1, 2], [3], [4, 5]]);
    expect(error.progress).toMatchObject({ phase: 'relationships', lastCommittedLine: 5, batches: 3 });
    expect(error.resumeHint('rel2.jsonl')).toMatch(/or resume with "npm run ingest -- rel2.jsonl --from-line 6"$/);
    // Resuming writes the rest (nodes after the line again, harmlessly, and the missing relationship).
    const resumed: number[][] = [];
    await ingestFile(path, failingAfter(10, resumed), lookup, async (refs) => new Set(refs.personIds.map((id) => `person:${id}`)), source, {
      batchSize: 2,
      maxProblems: 10,
      fromLine: 6,
    });
    expect(resumed).toEqual([[6]]);
  });
});

describe('numberedLines', () => {
  it('decodes strictly: a line with invalid UTF-8 is reported by number; a leading BOM is dropped', async () => {
    const path = join(dir, 'bytes.jsonl');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('{"a":1}\r\n\n{"b":"\xff'),
        Buffer.from([0xff]),
        Buffer.from('"}\n{"c":"æøå"}'),
      ]),
    );
    const out = [];
    for await (const l of numberedLines(path)) out.push(l);
    expect(out).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 3, problem: { line: 3, field: '(line)', reason: expect.stringMatching(/not valid UTF-8 \(byte \d+ of the line\)/) } },
      { line: 4, text: '{"c":"æøå"}' },
    ]);
  });
});
