// `npm run import` into an empty database of its own (its own Neo4j home and a free port, started
// and stopped by the command itself), compared record by record with `ingest` of the same file
// into the test database; a bad file gets the ingest's own messages; a non-empty database is refused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlain } from '../../server/src/graph/convert.js';
import { ingestFile } from '../../server/src/ingest/ingest-file.js';
import { IngestRejectedError } from '../../server/src/ingest/ingest-writer.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { generatePopulation } from '../../seed/src/population/generate.js';
import { startApp, type TestApp } from '../support/app.js';
import { readTest, removeWithPrefix, testCypher } from '../support/data.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'opspor-import-'));
const home = join(dir, 'neo4j');
const STACK = /^\s+at .+:\d+:\d+\)?$/m;
let t: TestApp;
let port = 0;
let prefix = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: free } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return free;
}

/** The import's own Neo4j: a fresh home on a free port, small memory (the machine is shared). */
function importEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    OPSPOR_NEO4J_BOLT_PORT: String(port),
    OPSPOR_NEO4J_HOME: home,
    OPSPOR_NEO4J_HEAP: '512m',
    OPSPOR_NEO4J_PAGECACHE: '128m',
    OPSPOR_IMPORT_MEMORY: '512m',
    OPSPOR_AUDIT_CHECKPOINT_FILE: join(dir, 'checkpoints.jsonl'),
  };
}

function importFile(path: string) {
  const result = spawnSync(process.execPath, ['scripts/cli.mjs', 'import', path], {
    cwd: root,
    env: importEnv(),
    encoding: 'utf8',
    timeout: 900_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function snapshot(run: (text: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>) {
  const [row] = (await run(testCypher.get('import-snapshot'), { prefix })).map((r) => toPlain(r)) as {
    nodes: unknown[];
    links: unknown[];
  }[];
  const sorted = (items: unknown[]) => items.map((i) => JSON.stringify(i, Object.keys(flat(i)).sort())).sort();
  return { nodes: sorted(row!.nodes), links: sorted(row!.links) };
}

/** Every key at any depth (JSON.stringify's replacer list then orders them alike). */
function flat(value: unknown, keys: Record<string, true> = {}): Record<string, true> {
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      keys[k] = true;
      flat(v, keys);
    }
  return keys;
}

async function importedDatabase<T>(work: (driver: ReturnType<typeof neo4j.driver>) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'opspor-local-only'));
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

/** A small population plus the corners of the format: quotes, separators, line breaks, empty and absent values. */
function records(): object[] {
  const p = (id: string) => `${prefix}${id}`;
  const population = [...generatePopulation({ persons: 300, seed: 4242, idPrefix: prefix, endDate: '2026-06-01' })].flat();
  const corners = [
    { type: 'person', id: p('q1'), name: 'Åse "Quote", Ørsted; Æbelø', sex: 'F', birthDate: '1970-01-31', deathDate: '2024-02-29' },
    { type: 'person', id: p('q2'), name: 'Zed', sex: 'U', birthDate: '2001-12-01', sourceUpdatedAt: '2026-01-02T03:04:05+01:00' },
    { type: 'address', id: p('qa'), street: 'Vej 1, st. "tv"', postalCode: '9000', city: 'Aalborg', municipalityCode: '851' },
    { type: 'residence', id: p('qr1'), personId: p('q1'), addressId: p('qa'), from: '1999-05-01', to: '2020-01-01' },
    { type: 'residence', personId: p('q2'), addressId: p('qa'), from: '2002-01-01' },
    { type: 'parent', parentId: p('q1'), childId: p('q2') },
    { type: 'partner', personA: p('q2'), personB: p('q1'), kind: 'cohabiting', from: '2019-01-01', to: '2020-06-30' },
    {
      type: 'case',
      id: p('qc1'),
      journalNo: '5100-80120-00001-26',
      category: 'bedrageri',
      subcategory: 'online',
      occurredAt: '2026-03-01T08:15:30.5+01:00',
      policeDistrictCode: 'NJY',
      summary: 'First line, "quoted";\nsecond line\r\nthird',
      keywords: ['spiritus; narko', 'a,b', 'x "y"'],
    },
    {
      type: 'case',
      id: p('qc2'),
      journalNo: 'J2',
      category: 'vold',
      occurredAt: '2025-12-31T23:59:00Z',
      policeDistrictCode: 'KBH',
      summary: '',
      keywords: [],
    },
    { type: 'involvement', caseId: p('qc1'), personId: p('q1'), role: 'victim' },
    { type: 'involvement', caseId: p('qc2'), personId: p('q2'), role: 'other', sourceUpdatedAt: '2026-01-01T00:00:00Z' },
    {
      type: 'indicator',
      id: p('qi'),
      personId: p('q2'),
      kind: 'dental-no-show',
      date: '2010-02-03',
      municipalityCode: '851',
      detail: 'to "gange"',
    },
  ];
  // sent twice with the same values: written once, as the ingest does
  return [...corners.slice(5), ...population, ...corners.slice(0, 5), corners[0]!, corners[3]!];
}

const jsonl = (rs: object[]) => `${rs.map((r) => JSON.stringify(r)).join('\n')}\n`;

beforeAll(async () => {
  t = await startApp();
  prefix = `${t.runId}-`;
  port = await freePort();
}, 120_000);

afterAll(async () => {
  spawnSync(process.execPath, ['scripts/db.mjs', 'stop'], { cwd: root, env: importEnv(), stdio: 'ignore' });
  await removeWithPrefix(t.graph, prefix);
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('rejects a bad file with the messages of ingest and writes nothing', async () => {
    const p = (id: string) => `${prefix}${id}`;
    const lines = [
      JSON.stringify({ type: 'person', id: p('a'), name: 'A', sex: 'F', birthDate: '2000-01-01' }),
      JSON.stringify({ type: 'person', id: p('b'), name: 'B', sex: 'M', birthDate: '1990-01-01' }),
      JSON.stringify({ type: 'parent', parentId: p('a'), childId: p('b') }),
      JSON.stringify({ type: 'parent', parentId: p('b'), childId: p('a') }),
      JSON.stringify({ type: 'residence', personId: p('a'), addressId: p('nowhere'), from: '2001-01-01' }),
      JSON.stringify({ type: 'involvement', caseId: p('c'), personId: p('b'), role: 'suspect' }),
      JSON.stringify({ type: 'person', id: p('a'), name: 'A again', sex: 'F', birthDate: '2000-01-01' }),
      JSON.stringify({
        type: 'case',
        id: p('c'),
        journalNo: 'J',
        category: 'vold',
        occurredAt: '2026-01-01T10:00:00Z',
        policeDistrictCode: 'NJY',
      }),
      '{"type": "person", oops',
      JSON.stringify({ type: 'retract', target: 'person', id: p('z'), reason: 'wrong' }),
      JSON.stringify({ type: 'address', id: p('x'), street: 'S', postalCode: '12', city: 'C', municipalityCode: '999' }),
      // line 1's record again, spaced and escaped otherwise: the same record, no problem
      `{ "type": "person",  "id": "${p('a')}", "name": "\\u0041", "sex": "F", "birthDate": "2000-01-01" }`,
      // line 2's person again with other text and another value, found at the end: refused
      `{"type":"person","id":"${p('b')}","name":"Bo","sex":"M","birthDate":"1990-01-01"}`,
    ];
    const path = join(dir, 'bad.jsonl');
    writeFileSync(path, `${lines.join('\n')}\n`);

    const result = importFile(path);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK);
    const reported = result.stderr
      .split('\n')
      .filter((l) => l.startsWith('  line '))
      .map((l) => l.trim())
      .sort();

    // The ingest of the same text into the test database: the same problems, word for word.
    const ingest = t.app.get(IngestService);
    const rejected = await ingest.ingestText(readFileSync(path, 'utf8'), { id: 'test', role: 'admin' }).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(IngestRejectedError);
    const expected = (rejected as IngestRejectedError).problems.map((q) => `line ${q.line}, ${q.field}: ${q.reason}`).sort();
    expect(expected).toEqual(
      expect.arrayContaining([
        `line 3, childId: child "${p('b')}" (born 1990-01-01) is not born after parent "${p('a')}" (born 2000-01-01)`,
        `line 3, parentId: "${p('b')}" would become their own ancestor`,
        `line 4, parentId: "${p('a')}" would become their own ancestor`,
        `line 5, addressId: unknown address "${p('nowhere')}"`,
        `line 7, id: person "${p('a')}" appears again with other values (first on line 1)`,
        `line 10, target: nothing to retract: person "${p('z')}" is not stored`,
        `line 13, id: person "${p('b')}" appears again with other values (first on line 2)`,
      ]),
    );
    expect(expected.filter((l) => l.startsWith('line 12,'))).toEqual([]);
    expect(reported).toEqual(expected);
    expect(result.stderr).toContain(`import: rejected, nothing was written. ${expected.length} problem(s):`);
    // the database did not exist yet: the check ran without starting Neo4j, and none was created
    expect(existsSync(join(home, 'data', 'databases', 'neo4j'))).toBe(false);
    expect(result.stdout).not.toContain('db: starting');
  }, 900_000);

  it('finds every record in the imported database as the ingest of the same file writes it', async () => {
    const path = join(dir, 'good.jsonl');
    const rs = records();
    writeFileSync(path, jsonl(rs));

    const result = importFile(path);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.status).toBe(0);
    const persons = new Set(rs.flatMap((r) => ((r as { type: string }).type === 'person' ? [(r as { id: string }).id] : []))).size;
    expect(result.stdout).toMatch(
      new RegExp(
        `import: ${persons.toLocaleString('en-US')} persons, [\\d,]+ relationships in [\\d.]+ s: [\\d,]+ persons/s, [\\d,]+ relationships/s`,
      ),
    );

    const ingest = t.app.get(IngestService);
    await ingestFile(
      path,
      (values, source) => ingest.commit(values, { id: 'cli:test', role: 'admin' }, source, { recheck: false }),
      ingest.lookup,
      (refs) => ingest.writer.existing(refs),
      { source: 'cli', actor: 'cli:test' },
      { batchSize: 2000, maxProblems: 50 },
    );
    const ingested = await snapshot((text, params) => readTest<Record<string, unknown>>(t.graph, 'import-snapshot', params));
    const imported = await importedDatabase((d) =>
      snapshot(async (text, params) => (await d.executeQuery(text, params)).records.map((r) => r.toObject())),
    );

    expect(ingested.nodes.length).toBeGreaterThan(persons);
    expect(imported.nodes).toEqual(ingested.nodes);
    expect(imported.links).toEqual(ingested.links);
    // the corners arrived as sent
    const corner = imported.nodes.find((n) => n.includes(`"id":"${prefix}qc1"`))!;
    expect(JSON.parse(corner).properties).toMatchObject({
      summary: 'First line, "quoted";\nsecond line\r\nthird',
      keywords: ['spiritus; narko', 'a,b', 'x "y"'],
    });

    // the schema and the audit entry of the import
    await importedDatabase(async (d) => {
      const constraints = await d.executeQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'person_id' RETURN count(*) AS n");
      expect(constraints.records[0]!.get('n').toNumber()).toBe(1);
      const audit = await d.executeQuery("MATCH (e:AuditEvent {operation: 'import'}) RETURN e.detail AS detail");
      expect(audit.records).toHaveLength(1);
      expect(JSON.parse(audit.records[0]!.get('detail') as string)).toMatchObject({ file: 'good.jsonl', persons });
    });
  }, 900_000);

  it('refuses a database that is not empty with one clear line', () => {
    const path = join(dir, 'again.jsonl');
    writeFileSync(path, jsonl([{ type: 'person', id: `${prefix}late`, name: 'Late', sex: 'U', birthDate: '2000-01-01' }]));
    const result = importFile(path);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/import: refused: the database at bolt:\/\/127\.0\.0\.1:\d+ is not empty \(.*\b\d+ Person\b/);
    expect(result.stderr).toContain('npm run ingest');
    expect(result.stderr).not.toMatch(STACK);
  }, 300_000);
});
