// Issue 13 item 7: the police districts' municipalities as the public sources give them, in the API
// and in the graph, and the migration that moves existing links (and flags) to the right district.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherRegistry } from '../../server/src/graph/cypher-registry.js';
import { splitStatements } from '../../server/src/graph/cypher-statements.js';
import { ReferenceService } from '../../server/src/reference/reference.service.js';
import { signedIn, startApp, type TestApp } from '../support/app.js';
import { removeWithPrefix } from '../support/data.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => {
  await removeWithPrefix(t.graph, `${t.runId}-`);
  await t?.close();
});

async function districtOf(code: string): Promise<string[]> {
  const session = t.graph.driver.session();
  try {
    const result = await session.run('MATCH (:Municipality {code: $code})-[:IN]->(d:PoliceDistrict) RETURN d.code AS d ORDER BY d', {
      code,
    });
    return result.records.map((r) => r.get('d') as string);
  } finally {
    await session.close();
  }
}

async function run(statement: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = t.graph.driver.session();
  try {
    await session.run(statement, params);
  } finally {
    await session.close();
  }
}

describe('district reference data', () => {
  it('Midt- og Vestsjællands Politi lists 10 municipalities including Køge and Greve; Slagelse and Sorø are in SSL', async () => {
    const user = await signedIn(t, 'analyst');
    const data = await user.ok<{ municipalities: { code: string; name: string; districtCode: string }[] }>(
      '{ municipalities { code name districtCode } }',
    );
    const inDistrict = (d: string) => data.municipalities.filter((m) => m.districtCode === d).map((m) => m.name);
    expect(data.municipalities).toHaveLength(98);
    expect(inDistrict('MVS')).toHaveLength(10);
    expect(inDistrict('MVS')).toEqual(expect.arrayContaining(['Køge', 'Greve']));
    expect(inDistrict('SSL')).toHaveLength(7);
    expect(inDistrict('SSL')).toEqual(expect.arrayContaining(['Slagelse', 'Sorø']));
    // and so in the graph the scan and the district filters read
    expect(await districtOf('259')).toEqual(['MVS']);
    expect(await districtOf('330')).toEqual(['SSL']);
  });

  it('the migration moves a municipality left in its old district, and the flags of its addresses with it', async () => {
    const flagId = `flag-${t.runId}-koege-home`;
    try {
      // the state of a database from before: Køge in Sydsjælland, a flag there carrying SSL
      await run(
        "MATCH (m:Municipality {code: '259'})-[r:IN]->() DELETE r WITH DISTINCT m MATCH (d:PoliceDistrict {code: 'SSL'}) MERGE (m)-[:IN]->(d)",
      );
      await run("CREATE (:Flag {id: $id, municipalityCode: '259', districtCode: 'SSL', status: 'NEW', active: true})", { id: flagId });
      expect(await districtOf('259')).toEqual(['SSL']);
      const migration = t.app
        .get(CypherRegistry)
        .list('migrations')
        .find((f) => f.name.startsWith('migrations/0002'))!;
      for (const statement of splitStatements(migration.text)) await run(statement);
      expect(await districtOf('259')).toEqual(['MVS']);
      const session = t.graph.driver.session();
      const row = await session.run('MATCH (f:Flag {id: $id}) RETURN f.districtCode AS d', { id: flagId });
      await session.close();
      expect(row.records[0]?.get('d')).toBe('MVS');
    } finally {
      await t.app.get(ReferenceService).load();
    }
  });

  it('loading the reference data removes a stale district link too', async () => {
    await run("MATCH (m:Municipality {code: '240'}), (d:PoliceDistrict {code: 'KBV'}) MERGE (m)-[:IN]->(d)");
    expect(await districtOf('240')).toEqual(['KBV', 'NSJ']);
    await t.app.get(ReferenceService).load();
    expect(await districtOf('240')).toEqual(['NSJ']);
  });
});
