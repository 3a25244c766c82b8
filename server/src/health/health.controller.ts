import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator.js';
import { GraphService } from '../graph/graph.service.js';

@Controller('health')
export class HealthController {
  constructor(@Inject(GraphService) private readonly graph: GraphService) {}

  /** Liveness plus Neo4j reachability; 503 when the database does not answer. */
  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const neo4j = await this.graph.ping();
    res.status(neo4j ? 200 : 503).json({ status: neo4j ? 'ok' : 'degraded', neo4j: neo4j ? 'up' : 'down' });
  }
}
