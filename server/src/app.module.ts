import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AppErrorFilter } from './common/app-error.filter.js';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ConfigModule } from './config/config.module.js';
import { APP_CONFIG } from './config/config.token.js';
import type { AppConfig } from './config/config.schema.js';
import { formatGraphQLError } from './common/graphql-errors.js';
import { graphqlLimits } from './common/request-limits.js';
import { describeRootTypes } from './common/root-type-descriptions.js';
import { rateLimitStatusPlugin } from './common/http-status.js';
import { GraphModule } from './graph/graph.module.js';
import { HealthModule } from './health/health.module.js';
import { IngestModule } from './ingest/ingest.module.js';
import { FlagsModule } from './flags/index.js';
import { RiskModule } from './risk/index.js';
import { RetentionModule } from './retention/retention.module.js';
import { MunicipalModule } from './municipal/municipal.module.js';
import { PeopleModule } from './people/people.module.js';
import { QueriesModule } from './queries/queries.module.js';
import { ReferenceModule } from './reference/reference.module.js';
import { ReviewModule } from './review/review.module.js';
import { RightsModule } from './rights/rights.module.js';
import type { GqlContext } from './auth/request.js';

function withLimits(limits: ReturnType<typeof graphqlLimits>, plugins: ApolloServerPlugin[]) {
  return { ...limits, plugins: [...limits.plugins, ...plugins] };
}

@Module({
  imports: [
    ConfigModule,
    GraphModule,
    AuditModule,
    AuthModule,
    ReferenceModule,
    IngestModule,
    RiskModule,
    FlagsModule,
    RetentionModule,
    MunicipalModule,
    PeopleModule,
    QueriesModule,
    ReviewModule,
    RightsModule,
    HealthModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        autoSchemaFile: true,
        sortSchema: true,
        transformSchema: describeRootTypes,
        path: '/graphql',
        playground: false,
        introspection: config.NODE_ENV !== 'production',
        includeStacktraceInErrorResponses: false,
        allowBatchedHttpRequests: false,
        csrfPrevention: true,
        formatError: formatGraphQLError,
        // our own plugin sets the status (429 for a rate limit); Nest's would reset it to 200
        preserveHttpStatusForExecutionErrors: false,
        ...withLimits(graphqlLimits(config.NODE_ENV === 'production'), [rateLimitStatusPlugin]),
        context: ({ req, res }: GqlContext) => ({ req, res }),
      }),
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
})
export class AppModule {}
