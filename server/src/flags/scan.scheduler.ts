import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { lockedTick, ScheduledJob, scheduleStatus, type ScheduleStatus, type TickOutcome } from '../common/locked-schedule.js';
import { GraphService } from '../graph/graph.service.js';
import { ScreeningService } from './screening.service.js';

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
export class ScanScheduler extends ScheduledJob {
  private readonly logger = new Logger(ScanScheduler.name);
  /** the lock's id in the database (a test uses a lock of its own) */
  lockId = 'weekly';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ScreeningService) private readonly screening: ScreeningRunner,
  ) {
    super();
  }

  protected get schedule() {
    return { intervalHours: this.config.OPSPOR_SCAN_INTERVAL_HOURS, nodeEnv: this.config.NODE_ENV };
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
