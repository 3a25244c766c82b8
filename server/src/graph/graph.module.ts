import { Global, Logger, Module } from '@nestjs/common';
import neo4j, { type Driver } from 'neo4j-driver';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { cypherDir } from '../config/paths.js';
import { CausalBookmarks, withCausalBookmarks } from './causal-bookmarks.js';
import { CypherRegistry } from './cypher-registry.js';
import { GraphService } from './graph.service.js';
import { NEO4J_DRIVER } from './graph.tokens.js';
import { SchemaService } from './schema.service.js';

export class Neo4jUnavailableError extends Error {
  constructor(uri: string, cause: unknown) {
    super(`Neo4j is not reachable at ${uri}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'Neo4jUnavailableError';
  }
}

export async function createDriver(config: AppConfig): Promise<Driver> {
  const driver = neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USERNAME, config.NEO4J_PASSWORD), {
    maxConnectionPoolSize: config.NEO4J_MAX_POOL_SIZE,
    connectionTimeout: config.NEO4J_CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: config.NEO4J_ACQUISITION_TIMEOUT_MS,
    maxTransactionRetryTime: config.NEO4J_MAX_RETRY_MS,
    disableLosslessIntegers: false,
    userAgent: 'opspor-api',
  });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    throw new Neo4jUnavailableError(config.NEO4J_URI, error);
  }
  new Logger('Graph').log(`connected to ${config.NEO4J_URI}`);
  return driver;
}

@Global()
@Module({
  providers: [
    { provide: CausalBookmarks, useFactory: () => new CausalBookmarks() },
    {
      provide: NEO4J_DRIVER,
      inject: [APP_CONFIG, CausalBookmarks],
      useFactory: async (config: AppConfig, bookmarks: CausalBookmarks) => withCausalBookmarks(await createDriver(config), bookmarks),
    },
    { provide: CypherRegistry, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new CypherRegistry(cypherDir(config)) },
    GraphService,
    SchemaService,
  ],
  exports: [NEO4J_DRIVER, CausalBookmarks, CypherRegistry, GraphService, SchemaService],
})
export class GraphModule {}
