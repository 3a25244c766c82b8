import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IngestRecord } from '../../../server/src/ingest/records.js';
import { parseLines } from '../../../server/src/ingest/validate.js';
import { allFixtureRecords } from '../fixtures/index.js';
import { generatePopulation, populationRecords } from '../population/generate.js';
import { writeJsonl } from './jsonl.js';
import { serializeRecord } from './serialize.js';

const dir = mkdtempSync(join(tmpdir(), 'opspor-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('JSON Lines output', () => {
  it('serializes every record exactly as JSON.stringify would', () => {
    const records = [...populationRecords({ persons: 2000, seed: 9 }), ...allFixtureRecords()];
    for (const r of records) expect(serializeRecord(r)).toBe(JSON.stringify(r));
    const tricky: IngestRecord[] = [
      { type: 'person', id: 'q"1', name: 'Back\\slash "Quote"\nNew line\u2028', sex: 'U', birthDate: '2000-01-01', deathDate: null },
      { type: 'residence', personId: 'x', addressId: 'y', from: '2000-01-01', to: null },
      { type: 'address', id: 'a', street: 'Ærøvej 1, 2. tv', postalCode: '5970', city: 'Ærøskøbing', municipalityCode: '492' },
    ];
    for (const r of tricky) expect(JSON.parse(serializeRecord(r))).toEqual(r);
    for (const r of tricky) expect(serializeRecord(r)).toBe(JSON.stringify(r));
  });

  it('writes one contract record per line and reads back the same records', async () => {
    const path = join(dir, 'population.jsonl');
    const expected = [...populationRecords({ persons: 1500, seed: 4 })];
    const written = await writeJsonl(path, generatePopulation({ persons: 1500, seed: 4 }));
    expect(written).toBe(expected.length);
    const text = readFileSync(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const { values, problems } = parseLines(text);
    expect(problems).toEqual([]);
    expect(values.map((v) => v.value)).toEqual(expected);
  });

  it('fails with the file system error when the file cannot be written', async () => {
    await expect(writeJsonl(join(dir, 'missing', 'x.jsonl'), [[{ type: 'parent', parentId: 'a', childId: 'b' }]])).rejects.toThrow(
      /ENOENT/,
    );
  });
});
