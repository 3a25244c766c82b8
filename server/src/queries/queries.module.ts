import { Global, Module } from '@nestjs/common';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysResolver } from './api-keys.resolver.js';
import { ApiKeysService } from './api-keys.service.js';
import { QueryRunner } from './query-runner.service.js';
import { SavedQueriesRepository } from './saved-queries.repository.js';
import { SavedQueriesResolver } from './saved-queries.resolver.js';
import { SavedQueriesService } from './saved-queries.service.js';
import { SavedQueryRunsService } from './saved-query-runs.service.js';
import { SchemaController } from './schema.controller.js';

/**
 * Saved queries (parameterised, read-only Cypher) and the API keys that run them. Global so
 * that AuthModule can bind its ApiKeyAuthenticator to ApiKeysService.
 */
@Global()
@Module({
  controllers: [SchemaController],
  providers: [
    QueryRunner,
    SavedQueriesRepository,
    SavedQueriesService,
    SavedQueryRunsService,
    SavedQueriesResolver,
    ApiKeysRepository,
    ApiKeysService,
    ApiKeysResolver,
  ],
  exports: [ApiKeysService, SavedQueriesService, SavedQueryRunsService],
})
export class QueriesModule {}
