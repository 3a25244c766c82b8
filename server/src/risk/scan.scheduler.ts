import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { GraphService } from '../graph/graph.service.js';
import { Clock } from './clock.js';
import { ScanService } from './scan.service.js';

const CHECK_EVERY_MS = 15 * 60_000;

/**
 * The weekly full scan (OPSPOR_SCAN_INTERVAL_HOURS, 0 = off). Several API instances may run:
 * a lock in the database lets one of them scan, and the last scan's time decides when the next is due.
 */
@Injectable()
export class ScanScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScanScheduler.name);
  private readonly owner = randomUUID();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ScanService) private readonly scans: ScanService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.OPSPOR_SCAN_INTERVAL_HOURS === 0 || this.config.NODE_ENV === 'test') return;
    this.timer = setInterval(() => void this.tick(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async tick(now: Date = new Date()): Promise<boolean> {
    const until = new Date(now.getTime() + 6 * 3600_000);
    const [lock] = await this.graph.write<{ taken: boolean; lastScanAt: string | null }>('scan/take-scan-lock', {
      now: now.toISOString(),
      until: until.toISOString(),
      owner: this.owner,
    });
    if (!lock?.taken) return false;
    try {
      const due = !lock.lastScanAt || now.getTime() - Date.parse(lock.lastScanAt) >= this.config.OPSPOR_SCAN_INTERVAL_HOURS * 3600_000;
      if (!due) return false;
      const result = await this.scans.scan({ asOf: this.clock.today(), write: true, now });
      this.logger.log(`scheduled scan: ${result.clusters} clusters, ${result.flagged.length} flagged in ${result.elapsedMs} ms`);
      return true;
    } finally {
      await this.graph.write('scan/release-scan-lock', { owner: this.owner, now: now.toISOString() });
    }
  }
}
