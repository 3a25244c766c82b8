import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { IngestRecord } from '../../../server/src/ingest/records.js';
import { serializeRecord } from './serialize.js';

// Lines are encoded straight into a 4 MB buffer: one write per buffer, not one per record, and no
// large intermediate strings for the garbage collector (a million persons is ~1.3 GB of text).
const BUFFER_SIZE = 4 << 20;
// A UTF-8 character takes at most 3 bytes per UTF-16 code unit.
const MAX_BYTES_PER_CHAR = 3;

/** Writes records as JSON Lines (one contract record per line), streaming with backpressure. */
export class JsonlWriter {
  private readonly stream: WriteStream;
  private buffer = Buffer.allocUnsafe(BUFFER_SIZE);
  private used = 0;
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
      const line = serializeRecord(record) + '\n';
      if (this.used + line.length * MAX_BYTES_PER_CHAR > BUFFER_SIZE) await this.flush();
      if (line.length * MAX_BYTES_PER_CHAR > BUFFER_SIZE) {
        // Longer than a whole buffer (a very long summary): written on its own.
        await this.send(Buffer.from(line, 'utf8'));
      } else this.used += this.buffer.write(line, this.used, 'utf8');
      this.records++;
    }
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    const chunk = this.buffer.subarray(0, this.used);
    // The stream keeps the chunk until it is on disk, so the next lines go into a new buffer.
    this.buffer = Buffer.allocUnsafe(BUFFER_SIZE);
    this.used = 0;
    await this.send(chunk);
  }

  private async send(chunk: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
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
    await this.flush();
    this.stream.end();
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
