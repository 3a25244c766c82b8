import { Injectable } from '@nestjs/common';
import type { IngestSummary } from './ingest-writer.js';

export type IngestListener = (summary: IngestSummary) => Promise<void>;

/**
 * Other modules react to committed batches (the risk module re-checks the affected clusters).
 * Listeners are awaited, so their results are in place by the time ingest returns.
 */
@Injectable()
export class IngestEvents {
  private readonly listeners: IngestListener[] = [];

  subscribe(listener: IngestListener): void {
    this.listeners.push(listener);
  }

  async committed(summary: IngestSummary): Promise<void> {
    for (const listener of this.listeners) await listener(summary);
  }
}
