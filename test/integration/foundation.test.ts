import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaFile } from '../../server/src/config/paths.js';
import { splitStatements } from '../../server/src/graph/cypher-statements.js';
import { CypherRegistry } from '../../server/src/graph/cypher-registry.js';
import { composeRules, RuleRegistry } from '../../server/src/risk/index.js';
import { Client, signedIn, startApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => {
  await t?.close();
});

describe('foundation', () => {
  it('reports Neo4j reachability on /health', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', neo4j: 'up' });
  });

  it('has a committed GraphQL schema that matches the code (npm run schema:generate)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const committed = readFileSync(schemaFile, 'utf8');
    expect(printSchema(schema).trim()).toBe(committed.trim());
  });

  it('EXPLAINs every .cypher file against the real database', async () => {
    const registry = t.app.get(CypherRegistry);
    const files = registry.all().filter((f) => f.name !== 'schema' && !f.name.startsWith('migrations/'));
    expect(files.length).toBeGreaterThan(10);
    const session = t.graph.driver.session();
    const failures: string[] = [];
    try {
      for (const file of files) {
        for (const statement of splitStatements(file.text)) {
          try {
            await session.run(`EXPLAIN ${statement}`);
          } catch (error) {
            failures.push(`${file.name}: ${(error as Error).message.split('\n')[0]}`);
          }
        }
      }
    } finally {
      await session.close();
    }
    expect(failures).toEqual([]);
  });

  it('EXPLAINs the risk rule files composed into one query, as the engine runs them (police and municipal)', async () => {
    const registry = t.app.get(RuleRegistry);
    const session = t.graph.driver.session();
    try {
      for (const source of ['police', 'municipal'] as const) {
        const defs = registry.rules.filter((r) => r.source === source);
        expect(defs.length).toBeGreaterThan(1);
        const { cypher, ruleIds } = composeRules(defs, new Set(['asOf', 'scope', 'addressIds', 'municipalityCode']));
        expect(ruleIds).toEqual(defs.map((d) => d.id));
        const result = await session.run(`EXPLAIN ${cypher}`);
        expect(result.summary.plan).toBeTruthy();
      }
    } finally {
      await session.close();
    }
  });

  it('has applied the schema: constraints exist and the version is recorded', async () => {
    const [row] = await t.graph.read<{ version: number }>('graph/schema-version');
    expect(row?.version).toBeGreaterThanOrEqual(1);
    const session = t.graph.driver.session();
    try {
      const result = await session.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
      const names = result.records[0]?.get('names') as string[];
      expect(names).toEqual(expect.arrayContaining(['person_id', 'address_id', 'case_id', 'municipality_code']));
    } finally {
      await session.close();
    }
  });

  it('refuses unauthenticated GraphQL operations with a masked, coded error', async () => {
    const anonymous = new Client(t.url);
    const result = await anonymous.gql('{ policeDistricts { code } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(result)).not.toMatch(/stack|neo4j|MATCH/i);
  });

  it('serves reference data to a signed-in user: 12 districts and 98 municipalities', async () => {
    const analyst = await signedIn(t, 'analyst');
    const data = await analyst.ok<{ policeDistricts: { code: string }[]; municipalities: { code: string; districtCode: string }[] }>(
      '{ policeDistricts { code } municipalities { code districtCode } }',
    );
    expect(data.policeDistricts).toHaveLength(12);
    expect(data.municipalities).toHaveLength(98);
    const districts = new Set(data.policeDistricts.map((d) => d.code));
    expect(data.municipalities.every((m) => districts.has(m.districtCode))).toBe(true);
  });
});

describe('cypher registry', () => {
  it('fails fast on a missing file', () => {
    const registry = t.app.get(CypherRegistry);
    expect(() => registry.get('no/such/file')).toThrow(/not found/);
    expect(registry).toBeInstanceOf(CypherRegistry);
  });
});
