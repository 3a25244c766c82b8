import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { lockedTick, ScheduledJob } from '../common/locked-schedule.js';
import { GraphService } from '../graph/graph.service.js';
import { Clock } from '../common/clock.js';
import { MunicipalService } from './municipal.service.js';

/**
 * The municipal scan on a schedule, with the police scan's semantics (common/locked-schedule.ts):
 * the same interval (OPSPOR_SCAN_INTERVAL_HOURS, 0 = off), a lock in the database so one API
 * instance scans, and the last completed scan's start deciding when the next is due. `tick(now)` takes the time as a
 * parameter, so tests drive it with a clock of their own.
 */
@Injectable()
export class MunicipalScanScheduler extends ScheduledJob {
  private readonly logger = new Logger(MunicipalScanScheduler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(MunicipalService) private readonly municipal: MunicipalService,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super();
  }

  protected get schedule() {
    return { intervalHours: this.config.OPSPOR_SCAN_INTERVAL_HOURS, nodeEnv: this.config.NODE_ENV };
  }

  /** Scans when due and when this instance holds the lock; true when it scanned. */
  async tick(now: Date = new Date(), intervalHours = this.config.OPSPOR_SCAN_INTERVAL_HOURS): Promise<boolean> {
    const outcome = await lockedTick(
      this.graph,
      this.logger,
      { lockId: 'municipal', owner: this.owner, now, intervalHours, label: 'scheduled municipal scan' },
      async () => {
        const reports = await this.municipal.scanAll(this.clock.today(), now);
        return `${reports.reduce((n, r) => n + r.flagged, 0)} support flags`;
      },
    );
    return outcome === 'ran';
  }
}
