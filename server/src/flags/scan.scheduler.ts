import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { GraphService } from '../graph/graph.service.js';
import { ScreeningService } from './screening.service.js';

export const CHECK_EVERY_MS = 15 * 60_000;

export type TickOutcome = 'ran' | 'not-due' | 'locked' | 'failed';

export interface ScanStatus {
  lastScanAt: string | null;
  lastScanSummary: string | null;
  lastAttemptAt: string | null;
  lastOutcome: string | null;
  nextDueAt: string | null;
  running: boolean;
  intervalHours: number;
}

/** What the scheduler runs: the live screening (an interface, so a test can count the runs). */
export interface ScreeningRunner {
  run(options: { now?: Date }): Promise<{ clusters: number; hits: unknown[]; elapsedMs: number }>;
}

/**
 * The weekly full scan (OPSPOR_SCAN_INTERVAL_HOURS, 0 = off). Several API instances may run: a
 * lock in the database lets one of them check at a time. A scan is due when the last *completed*
 * scan started at least one interval ago; only a completed scan moves that time, so a check that
 * finds nothing due, or a failed scan, never pushes the next one away.
 */
@Injectable()
export class ScanScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScanScheduler.name);
  private readonly owner = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  /** the lock's id in the database (a test uses a lock of its own) */
  lockId = 'weekly';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ScreeningService) private readonly screening: ScreeningRunner,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.OPSPOR_SCAN_INTERVAL_HOURS === 0 || this.config.NODE_ENV === 'test') return;
    this.timer = setInterval(() => void this.tick(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private get intervalMs(): number {
    return this.config.OPSPOR_SCAN_INTERVAL_HOURS * 3600_000;
  }

  async tick(now: Date = new Date()): Promise<TickOutcome> {
    const until = new Date(now.getTime() + 6 * 3600_000);
    const [lock] = await this.graph.write<{ taken: boolean; lastScanAt: string | null }>('scan/take-scan-lock', {
      lockId: this.lockId,
      now: now.toISOString(),
      until: until.toISOString(),
      owner: this.owner,
    });
    if (!lock?.taken) {
      this.logger.log('scheduled scan: skipped, another instance holds the lock');
      return 'locked';
    }
    let completed: { summary: string } | null = null;
    let outcome: TickOutcome = 'not-due';
    try {
      const due = !lock.lastScanAt || now.getTime() - Date.parse(lock.lastScanAt) >= this.intervalMs;
      if (!due) return outcome;
      try {
        const result = await this.screening.run({ now });
        completed = { summary: `${result.clusters} clusters, ${result.hits.length} flagged in ${result.elapsedMs} ms` };
        outcome = 'ran';
        this.logger.log(`scheduled scan: ${completed.summary}`);
      } catch (error) {
        outcome = 'failed';
        this.logger.error(
          `scheduled scan failed (${error instanceof Error ? error.message : String(error)}); it is tried again at the next check`,
        );
      }
      return outcome;
    } finally {
      await this.graph.write('scan/release-scan-lock', {
        lockId: this.lockId,
        owner: this.owner,
        now: now.toISOString(),
        completedStartedAt: completed ? now.toISOString() : null,
        summary: completed?.summary ?? null,
        outcome,
      });
    }
  }

  async status(now: Date = new Date()): Promise<ScanStatus> {
    const [row] = await this.graph.read<Omit<ScanStatus, 'nextDueAt' | 'intervalHours'>>('scan/scan-status', {
      lockId: this.lockId,
      now: now.toISOString(),
    });
    const hours = this.config.OPSPOR_SCAN_INTERVAL_HOURS;
    const last = row?.lastScanAt ?? null;
    return {
      lastScanAt: last,
      lastScanSummary: row?.lastScanSummary ?? null,
      lastAttemptAt: row?.lastAttemptAt ?? null,
      lastOutcome: row?.lastOutcome ?? null,
      running: row?.running ?? false,
      intervalHours: hours,
      nextDueAt: hours === 0 ? null : last ? new Date(Date.parse(last) + this.intervalMs).toISOString() : now.toISOString(),
    };
  }
}
