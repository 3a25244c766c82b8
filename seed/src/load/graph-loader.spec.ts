import { describe, expect, it } from 'vitest';
import type { IngestRecord } from '../../../server/src/ingest/records.js';
import type { IngestSummary } from '../../../server/src/ingest/ingest-writer.js';
import { generatePopulation } from '../population/generate.js';
import { loadBatches, type TrustedWriter } from './graph-loader.js';

/** Records what reaches writeTrusted, and whether a chunk was sent before the previous one finished. */
class RecordingWriter implements TrustedWriter {
  readonly chunks: IngestRecord[][] = [];
  inFlight = 0;
  overlapped = false;

  constructor(private readonly failOn = -1) {}

  async writeTrusted(records: IngestRecord[]): Promise<IngestSummary> {
    if (this.inFlight > 0) this.overlapped = true;
    this.inFlight++;
    await new Promise((resolve) => setTimeout(resolve, 2));
    this.inFlight--;
    if (this.chunks.length === this.failOn) throw new Error('database said no');
    this.chunks.push(records);
    return { records: records.length, byType: {}, affectedPersonIds: [] };
  }
}

describe('loadBatches', () => {
  it('writes every record, in order, one chunk at a time, never splitting a unit', async () => {
    const batches = [...generatePopulation({ persons: 3000, seed: 6 })];
    const writer = new RecordingWriter();
    const progress: number[] = [];
    const written = await loadBatches(writer, batches, { chunkSize: 5000, onProgress: (p) => progress.push(p.records) });
    const all = batches.flat();
    expect(written).toBe(all.length);
    expect(writer.chunks.flat()).toEqual(all);
    expect(writer.overlapped).toBe(false);
    expect(writer.chunks.length).toBeGreaterThan(3);
    // Chunks end on unit boundaries: each chunk holds the persons its residences refer to, or earlier ones.
    const seenPersons = new Set<string>();
    for (const chunk of writer.chunks) {
      for (const r of chunk) if (r.type === 'person') seenPersons.add(r.id);
      for (const r of chunk) if (r.type === 'residence') expect(seenPersons.has(r.personId)).toBe(true);
    }
    expect(progress.at(-1)).toBe(all.length);
  });

  it('stops at the first failed chunk and reports the error', async () => {
    const batches = [...generatePopulation({ persons: 2000, seed: 6 })];
    const writer = new RecordingWriter(1);
    await expect(loadBatches(writer, batches, { chunkSize: 2000 })).rejects.toThrow('database said no');
    expect(writer.chunks).toHaveLength(1);
  });
});
