import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { IngestRecord } from '../../../server/src/ingest/records.js';
import { serializeLine } from './serialize.js';

// Lines are joined a few thousand at a time and encoded once: one write per ~1 MB, not one per
// record, and no long chains of concatenated strings (a million persons is ~1.3 GB of text).
const LINES_PER_WRITE = 8192;

/** Writes records as JSON Lines (one contract record per line), streaming with backpressure. */
export class JsonlWriter {
  private readonly stream: WriteStream;
  private lines: string[] = [];
  private failure: Error | null = null;
  records = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path);
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(records: Iterable<IngestRecord>): Promise<void> {
    for (const record of records) {
      this.lines.push(serializeLine(record));
      this.records++;
      if (this.lines.length >= LINES_PER_WRITE) await this.flush();
    }
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.lines.length === 0) return;
    const chunk = Buffer.from(this.lines.join(''), 'utf8');
    this.lines = [];
    if (!this.stream.write(chunk)) await this.drained();
    if (this.failure) throw this.failure;
  }

  private drained(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onDrain = () => {
        this.stream.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        this.stream.off('drain', onDrain);
        reject(error);
      };
      this.stream.once('drain', onDrain);
      this.stream.once('error', onError);
    });
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.stream.end();
    }
    await once(this.stream, 'finish');
    if (this.failure) throw this.failure;
  }
}

/** Writes every batch of an iterable to a JSONL file; returns the number of records. */
export async function writeJsonl(path: string, batches: Iterable<IngestRecord[]>, onBatch?: (records: number) => void): Promise<number> {
  const writer = new JsonlWriter(path);
  try {
    for (const batch of batches) {
      await writer.write(batch);
      onBatch?.(writer.records);
    }
  } finally {
    await writer.close();
  }
  return writer.records;
}
