import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service.js';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { IngestRejectedError } from './ingest-writer.js';
import { IngestService } from './ingest.service.js';
import { IngestResultModel, toIngestResult } from './models/ingest-result.model.js';

@Resolver()
export class IngestResolver {
  constructor(
    @Inject(IngestService) private readonly ingest: IngestService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Access({ roles: ['admin', 'municipal-admin'] })
  @Mutation(() => IngestResultModel, {
    name: 'ingest',
    description:
      'One batch in the JSON Lines ingest format; all or nothing. Errors name line, field and reason. A municipal administrator loads indicators of their own municipality only.',
  })
  async ingestBatch(
    @Args('jsonl', { type: () => String }) jsonl: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IngestResultModel> {
    try {
      const scope = principal.role === 'municipal-admin' ? { municipalityCode: principal.municipalityCode ?? '' } : null;
      const summary = await this.ingest.ingestText(jsonl, 1, scope);
      await this.audit.record({ actor: principal, operation: 'ingest', detail: { records: summary.records, byType: summary.byType } });
      return toIngestResult(summary);
    } catch (error) {
      if (error instanceof IngestRejectedError) {
        await this.audit.record({ actor: principal, operation: 'ingest', outcome: 'failed', detail: { problems: error.totalProblems } });
      }
      throw error;
    }
  }
}
