import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { GraphService } from '../graph/graph.service.js';

const BATCH = 5000;
const DAY_MS = 86_400_000;

export interface RetentionReport {
  casesDeleted: number;
  flagsDeleted: number;
  caseCutoff: string;
  flagCutoff: string;
}

/**
 * Deletes cases older than OPSPOR_CASE_RETENTION_YEARS and flags dismissed longer ago than
 * OPSPOR_DISMISSED_RETENTION_DAYS, in batches (bounded transactions), daily; every run is audited.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    this.timer = setInterval(() => void this.purge().catch((e: unknown) => this.logger.error(`retention failed: ${String(e)}`)), DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async purge(now: Date = new Date(), actor: { id: string; role: string } = { id: 'system', role: 'system' }): Promise<RetentionReport> {
    const caseCutoff = new Date(now);
    caseCutoff.setUTCFullYear(caseCutoff.getUTCFullYear() - this.config.OPSPOR_CASE_RETENTION_YEARS);
    const flagCutoff = new Date(now.getTime() - this.config.OPSPOR_DISMISSED_RETENTION_DAYS * DAY_MS);
    const report: RetentionReport = {
      casesDeleted: await this.batches('retention/purge-cases', caseCutoff.toISOString()),
      flagsDeleted: await this.batches('retention/purge-dismissed-flags', flagCutoff.toISOString().slice(0, 10)),
      caseCutoff: caseCutoff.toISOString().slice(0, 10),
      flagCutoff: flagCutoff.toISOString().slice(0, 10),
    };
    await this.audit.record({ actor, operation: 'retention', detail: { ...report } }, now);
    if (report.casesDeleted || report.flagsDeleted)
      this.logger.log(`retention: ${report.casesDeleted} cases, ${report.flagsDeleted} dismissed flags deleted`);
    return report;
  }

  private async batches(name: string, cutoff: string): Promise<number> {
    let total = 0;
    for (;;) {
      const [row] = await this.graph.write<{ deleted: number }>(name, { cutoff, batchSize: BATCH });
      total += row?.deleted ?? 0;
      if ((row?.deleted ?? 0) < BATCH) return total;
    }
  }
}
