import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Driver } from 'neo4j-driver';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { CypherRegistry } from './cypher-registry.js';
import { headerValue, splitStatements } from './cypher-statements.js';
import { NEO4J_DRIVER } from './graph.tokens.js';
import { toPlain } from './convert.js';

/** Applies cypher/schema.cypher and any newer cypher/migrations/NNNN-*.cypher, in order. */
@Injectable()
export class SchemaService {
  private readonly logger = new Logger(SchemaService.name);

  constructor(
    @Inject(NEO4J_DRIVER) private readonly driver: Driver,
    @Inject(CypherRegistry) private readonly registry: CypherRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The version the files describe. */
  targetVersion(): number {
    const base = Number(headerValue(this.registry.get('schema'), 'version') ?? '1');
    return Math.max(base, ...this.migrations().map((m) => m.version));
  }

  async migrate(now: Date = new Date()): Promise<{ from: number; to: number }> {
    const session = this.driver.session({ database: this.config.NEO4J_DATABASE });
    try {
      // Schema statements run one by one: Neo4j does not mix schema and data writes in one transaction.
      for (const statement of splitStatements(this.registry.get('schema'))) await session.run(statement);
      const versionRows = await session.run(this.registry.get('graph/schema-version'));
      const from = Number(toPlain(versionRows.records[0]?.get('version')) ?? 0);
      for (const migration of this.migrations().filter((m) => m.version > from)) {
        this.logger.log(`applying migration ${migration.name}`);
        for (const statement of splitStatements(migration.text)) await session.run(statement);
      }
      const to = Math.max(from, this.targetVersion());
      await session.run(this.registry.get('graph/set-schema-version'), { version: to, appliedAt: now.toISOString() });
      await session.run(this.registry.get('graph/await-indexes'));
      if (to !== from) this.logger.log(`schema version ${from} → ${to}`);
      return { from, to };
    } finally {
      await session.close();
    }
  }

  private migrations(): { name: string; version: number; text: string }[] {
    return this.registry
      .list('migrations')
      .map((file) => ({ name: file.name, version: Number(/(\d+)/.exec(file.name)?.[1] ?? NaN), text: file.text }))
      .filter((m) => Number.isInteger(m.version));
  }
}
