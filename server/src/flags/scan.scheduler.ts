import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { lockedTick, scheduleStatus, type ScheduleStatus, type TickOutcome } from '../common/locked-schedule.js';
import { GraphService } from '../graph/graph.service.js';
import { ScreeningService } from './screening.service.js';

export const CHECK_EVERY_MS = 15 * 60_000;

export type { TickOutcome };
export type ScanStatus = ScheduleStatus;

/** What the scheduler runs: the live screening (an interface, so a test can count the runs). */
export interface ScreeningRunner {
  run(options: { now?: Date }): Promise<{ clusters: number; hits: unknown[]; elapsedMs: number }>;
}

/**
 * The weekly full scan (OPSPOR_SCAN_INTERVAL_HOURS, 0 = off), checked every 15 minutes with the
 * locked-schedule semantics of common/locked-schedule.ts: one instance at a time, due when the last
 * completed scan started an interval ago, and only a completed scan moves that time.
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

  tick(now: Date = new Date()): Promise<TickOutcome> {
    return lockedTick(
      this.graph,
      this.logger,
      { lockId: this.lockId, owner: this.owner, now, intervalHours: this.config.OPSPOR_SCAN_INTERVAL_HOURS, label: 'scheduled scan' },
      async () => {
        const result = await this.screening.run({ now });
        return `${result.clusters} clusters, ${result.hits.length} flagged in ${result.elapsedMs} ms`;
      },
    );
  }

  status(now: Date = new Date()): Promise<ScanStatus> {
    return scheduleStatus(this.graph, this.lockId, this.config.OPSPOR_SCAN_INTERVAL_HOURS, now);
  }
}
