import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ScanScheduler } from '../flags/index.js';
import { Public } from '../auth/access.decorator.js';
import { GraphService } from '../graph/graph.service.js';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ScanScheduler) private readonly scheduler: ScanScheduler,
  ) {}

  /**
   * Liveness plus Neo4j reachability (503 when the database does not answer), and the weekly
   * screening: when the last scan completed and when the next is due (no person data).
   */
  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const neo4j = await this.graph.ping();
    const scan = neo4j ? await this.scheduler.status().catch(() => null) : null;
    res.status(neo4j ? 200 : 503).json({
      status: neo4j ? 'ok' : 'degraded',
      neo4j: neo4j ? 'up' : 'down',
      ...(scan ? { scan: { lastCompletedAt: scan.lastScanAt, nextDueAt: scan.nextDueAt, lastOutcome: scan.lastOutcome } } : {}),
    });
  }
}
