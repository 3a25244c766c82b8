import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { IngestService } from './ingest.service.js';
import { IngestResultModel, toIngestResult } from './models/ingest-result.model.js';

@Resolver()
export class IngestResolver {
  constructor(@Inject(IngestService) private readonly ingest: IngestService) {}

  @Access({ roles: ['admin', 'municipal-admin'] })
  @Mutation(() => IngestResultModel, {
    name: 'ingest',
    description:
      'One batch in the JSON Lines ingest format, with corrections and retractions by key; all or nothing. ' +
      'Errors name line, field and reason. Every applied, stale or retracted record is audited with its old and new values. ' +
      'A municipal administrator loads indicators of their own municipality only.',
  })
  async ingestBatch(
    @Args('jsonl', { description: 'the records, one JSON object per line', type: () => String }) jsonl: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IngestResultModel> {
    const scope = principal.role === 'municipal-admin' ? { municipalityCode: principal.municipalityCode ?? '' } : null;
    return toIngestResult(await this.ingest.ingestText(jsonl, principal, scope));
  }
}
