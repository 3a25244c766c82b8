import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { UsersRepository } from '../../server/src/auth/users.repository.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { ApiKeysService } from '../../server/src/queries/api-keys.service.js';
import { Client, signedIn, startApp, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { countWithPrefix, readTest, removeWithPrefix } from '../support/data.js';

let t: TestApp;
let P: string;
let admin: Client & { username: string };
let analyst: Client & { username: string };
let b: RecordBuilder;

const CHECK = `query($s: String!) { checkSavedQuery(source: $s) { ok compiles readOnly queryType reasons warnings name parameters { name type required } } }`;
const SAVE = `mutation($s: String!, $v: Int) { saveSavedQuery(source: $s, expectedVersion: $v) { name version origin owner parameters { name type required defaultValue min max } } }`;
const RUN = `query($n: String!, $p: JSON, $l: Int) { runSavedQuery(name: $n, params: $p, limit: $l) {
  name version params columns rows rowCount truncated rowCap elapsedMs csv
  graph { truncated nodes { id labels caption personId properties } edges { id type source target } } } }`;

/** A saved query's text: the header lines, then the Cypher. */
function source(name: string, cypher: string, extra: string[] = []): string {
  return [
    `// name: ${name}`,
    `// title.da: Test ${name}`,
    `// title.en: Test ${name}`,
    '// description.da: en forespørgsel i testen',
    `// description.en: a query of the saved-queries test`,
    ...extra,
    cypher,
  ].join('\n');
}

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
const messageOf = (result: { errors?: { message: string }[] }) => result.errors?.[0]?.message ?? '';

async function save(name: string, cypher: string, extra: string[] = []): Promise<void> {
  await admin.ok(SAVE, { s: source(name, cypher, extra) });
}

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
  admin = await signedIn(t, 'admin');
  analyst = await signedIn(t, 'analyst');
  b = new RecordBuilder(P);
  b.person('mor', 'F', '1985-05-05').person('far', 'M', '1983-03-03').person('barn', 'F', '2015-09-09').person('ven', 'M', '1990-01-01');
  b.address('hjem').address('andet');
  b.lives('mor', 'hjem', '2014-01-01').lives('barn', 'hjem', '2015-09-09').lives('far', 'andet', '2016-01-01');
  b.lives('ven', 'hjem', '2020-01-01', '2022-06-01');
  b.parent('mor', 'barn').parent('far', 'barn').partner('mor', 'far', 'married', '2012-01-01', '2016-01-01');
  b.case('vold', '2024-02-10', [['far', 'charged']]);
  await t.app.get(IngestService).writer.writeTrusted(b.records);
});

afterAll(async () => {
  if (!t) return;
  await readTest(t.graph, 'queries-remove', { prefix: P });
  await removeWithPrefix(t.graph, P);
  await t.close();
});

describe('shipped saved queries', () => {
  it('are loaded at boot with typed parameters', async () => {
    const data = await analyst.ok<{
      savedQueries: { name: string; origin: string; parameters: { name: string; type: string; required: boolean }[] }[];
    }>('{ savedQueries { name origin parameters { name type required } } }');
    const byName = Object.fromEntries(data.savedQueries.map((q) => [q.name, q]));
    for (const name of [
      'family-of-person',
      'residents-of-address',
      'cases-by-category',
      'households-most-adults',
      'shared-address',
      'persons-by-name',
    ]) {
      expect(byName[name]?.origin, name).toBe('shipped');
    }
    expect(byName['family-of-person']?.parameters).toEqual([{ name: 'personId', type: 'personId', required: true }]);
    expect(byName['residents-of-address']?.parameters.map((p) => [p.name, p.type, p.required])).toEqual([
      ['addressId', 'string', true],
      ['from', 'date', false],
      ['to', 'date', false],
    ]);
  });

  it('searches by name, title and description', async () => {
    const data = await analyst.ok<{ savedQueries: { name: string }[] }>('query($s: String) { savedQueries(search: $s) { name } }', {
      s: 'FAMILY of',
    });
    expect(data.savedQueries.map((q) => q.name)).toContain('family-of-person');
    expect(data.savedQueries.map((q) => q.name)).not.toContain('cases-by-category');
  });

  it('runs the family of a person: rows, a graph to draw, CSV, and an audit entry with the parameters and persons', async () => {
    const data = await analyst.ok<{ runSavedQuery: RunResult }>(RUN, { n: 'family-of-person', p: { personId: b.id('barn') } });
    const run = data.runSavedQuery;
    expect(run.columns).toEqual(['person', 'relation', 'relativeId', 'relativeName', 'birthDate', 'relative', 'link']);
    const relations = run.rows.map((r) => [r[1], r[2]]);
    expect(relations).toEqual(
      expect.arrayContaining([
        ['parent', b.id('mor')],
        ['parent', b.id('far')],
      ]),
    );
    expect(run.graph?.nodes.map((n) => n.personId).sort()).toEqual([b.id('barn'), b.id('far'), b.id('mor')].sort());
    expect(run.graph?.edges.filter((e) => e.type === 'PARENT_OF')).toHaveLength(2);
    expect(run.csv.split('\r\n')[0]).toMatch(/^person\.id,.*,relation,relativeId,relativeName,birthDate,relative\.id,.*,link\.type$/);
    expect(run.csv).toContain(`parent,${b.id('far')},Test far,1983-03-03`);

    const [entry] = await t.app.get(AuditService).search({ actor: analyst.username, operation: 'runSavedQuery', limit: 1 });
    expect(entry?.outcome).toBe('ok');
    expect(entry?.purpose).toBe('Socialsøg-screening');
    expect(entry?.personIds).toEqual([b.id('barn'), b.id('far'), b.id('mor')].sort());
    expect(JSON.parse(entry!.detail!)).toMatchObject({ name: 'family-of-person', params: { personId: b.id('barn') }, rows: 2 });
  });

  it('runs residents of an address in a period, with dates as parameters', async () => {
    const all = await analyst.ok<{ runSavedQuery: RunResult }>(RUN, { n: 'residents-of-address', p: { addressId: b.id('hjem') } });
    expect(all.runSavedQuery.rows.map((r) => r[0])).toEqual([b.id('mor'), b.id('barn'), b.id('ven')]);
    const later = await analyst.ok<{ runSavedQuery: RunResult }>(RUN, {
      n: 'residents-of-address',
      p: { addressId: b.id('hjem'), from: '2023-01-01' },
    });
    expect(later.runSavedQuery.rows.map((r) => r[0])).toEqual([b.id('mor'), b.id('barn')]);
    const shared = await analyst.ok<{ runSavedQuery: RunResult }>(RUN, { n: 'shared-address', p: { personId: b.id('ven') } });
    expect(shared.runSavedQuery.rows.map((r) => [r[0], r[3], r[4]])).toEqual([
      [b.id('barn'), '2020-01-01', '2022-06-01'],
      [b.id('mor'), '2020-01-01', '2022-06-01'],
    ]);
  });

  it('needs a stated purpose from a user', async () => {
    const noPurpose = new Client(t.url);
    noPurpose.token = analyst.token;
    noPurpose.purpose = undefined;
    const result = await noPurpose.gql(RUN, { n: 'family-of-person', p: { personId: b.id('barn') } });
    expect(codeOf(result)).toBe('PURPOSE_REQUIRED');
  });

  it('caps the rows and says so', async () => {
    const data = await analyst.ok<{ runSavedQuery: RunResult }>(RUN, { n: 'residents-of-address', p: { addressId: b.id('hjem') }, l: 2 });
    expect(data.runSavedQuery).toMatchObject({ rowCount: 2, truncated: true, rowCap: 2 });
    expect(codeOf(await analyst.gql(RUN, { n: 'residents-of-address', p: { addressId: b.id('hjem') }, l: 5001 }))).toBe('LIMIT_EXCEEDED');
  });
});

interface RunResult {
  name: string;
  version: number;
  params: Record<string, unknown>;
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  rowCap: number;
  elapsedMs: number;
  csv: string;
  graph: {
    truncated: boolean;
    nodes: { id: string; labels: string[]; caption: string; personId: string | null }[];
    edges: { type: string }[];
  } | null;
}

describe('only reads can be saved or run', () => {
  const marker = () => b.id('mor');
  // Cypher built at run time: the prefix and the marker exist only once beforeAll has run.
  const SMUGGLED: [string, (x: { P: string; marker: string; runId: string }) => string, RegExp][] = [
    ['MERGE', (x) => `MERGE (p:Person {id: '${x.P}merged'}) RETURN p`, /writes to the database/],
    [
      'CREATE in a CALL subquery',
      (x) => `MATCH (p:Person {id: '${x.marker}'}) CALL (p) { CREATE (:Person {id: '${x.P}sub'}) } RETURN p`,
      /writes/,
    ],
    [
      'CREATE in an importing subquery',
      (x) => `MATCH (p:Person {id: '${x.marker}'}) CALL { WITH p CREATE (x:Person {id: '${x.P}sub2'}) RETURN x } RETURN p, x`,
      /writes/,
    ],
    ['a writing procedure', (x) => `CALL db.createLabel('${x.runId}Label')`, /procedure db\.createLabel/],
    ['LOAD CSV', () => `LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line`, /LOAD CSV/],
    [
      'LOAD CSV behind a MATCH',
      (x) => `MATCH (p:Person {id: '${x.marker}'}) LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row RETURN row`,
      /LOAD CSV/,
    ],
    [
      'a write after UNION',
      (x) =>
        `MATCH (p:Person {id: '${x.marker}'}) RETURN p.id AS x UNION MATCH (p:Person {id: '${x.marker}'}) CREATE (:Person {id: '${x.P}union'}) RETURN 'y' AS x`,
      /writes/,
    ],
    ['FOREACH', (x) => `FOREACH (i IN [1] | CREATE (:Person {id: '${x.P}foreach'}))`, /writes/],
    ['SET after a MATCH', (x) => `MATCH (p:Person {id: '${x.marker}'}) SET p.name = 'Changed' RETURN p`, /writes/],
    ['REMOVE', (x) => `MATCH (p:Person {id: '${x.marker}'}) REMOVE p.name RETURN p`, /writes/],
    ['DETACH DELETE', (x) => `MATCH (p:Person {id: '${x.marker}'}) DETACH DELETE p`, /writes/],
    [
      'a write after an allowed procedure',
      () => `CALL db.index.fulltext.queryNodes('person_name', 'Test') YIELD node SET node.name = 'x'`,
      /writes/,
    ],
    ['CREATE INDEX', (x) => `CREATE INDEX ${x.runId}_idx IF NOT EXISTS FOR (n:Person) ON (n.sex)`, /schema/],
    ['DROP CONSTRAINT', () => 'DROP CONSTRAINT person_id', /schema/],
    [
      'CALL { } IN TRANSACTIONS (writing)',
      (x) => `UNWIND [1] AS i CALL (i) { CREATE (:Person {id: '${x.P}tx'}) } IN TRANSACTIONS`,
      /IN TRANSACTIONS/,
    ],
    [
      'CALL { } IN TRANSACTIONS (reading)',
      (x) => `MATCH (p:Person {id: '${x.marker}'}) CALL (p) { MATCH (p)--(x) RETURN x } IN TRANSACTIONS RETURN x`,
      /IN TRANSACTIONS/,
    ],
    ['CREATE USER', (x) => `CREATE USER ${x.runId} SET PASSWORD 'Long-enough-password-1'`, /administration command/],
    ['SHOW USERS', () => 'SHOW USERS', /administration command/],
    ['SHOW TRANSACTIONS', () => 'SHOW TRANSACTIONS', /SHOW commands/],
    ['TERMINATE TRANSACTIONS', () => `TERMINATE TRANSACTIONS 'neo4j-transaction-1'`, /TERMINATE/],
    ['SHOW SETTINGS', () => 'SHOW SETTINGS YIELD name RETURN name', /SHOW commands/],
    ['a dbms procedure', () => 'CALL dbms.listConfig() YIELD name RETURN name', /procedure dbms\.listConfig/],
    ['a "read" procedure with side effects', () => 'CALL db.clearQueryCaches()', /procedure db\.clearQueryCaches/],
    ['transaction metadata', () => `CALL tx.setMetaData({who: 'me'})`, /procedure tx\.setMetaData/],
    ['a second statement', (x) => `MATCH (p:Person {id: '${x.marker}'}) RETURN p;\nCREATE (:Person {id: '${x.P}second'})`, /one statement/],
    ['a PROFILE prefix', (x) => `PROFILE MATCH (p:Person {id: '${x.marker}'}) RETURN p`, /PROFILE/],
    ['USE of another database', () => `USE system SHOW DATABASES`, /USE/],
    ['the system’s own records', () => 'MATCH (u:User) RETURN u.username', /system's own records/],
    ['a secret property', () => 'MATCH (n) WHERE n.passwordHash IS NOT NULL RETURN n.passwordHash', /secret property/],
  ];

  it.each(SMUGGLED)('refuses %s: the check names the reason, a save fails, the database is unchanged', async (label, write, reason) => {
    const cypher = write({ P, marker: marker(), runId: t.runId });
    const before = await databaseState();
    const name = `${P}bad-${label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-+$/, '')}`.slice(0, 64);
    const check = await admin.okIn<{ checkSavedQuery: { ok: boolean; readOnly: boolean; reasons: string[] } }>('en', CHECK, {
      s: source(name, cypher),
    });
    expect(check.checkSavedQuery.ok).toBe(false);
    expect(check.checkSavedQuery.readOnly).toBe(false);
    expect(check.checkSavedQuery.reasons.join('\n')).toMatch(reason);
    const danish = await admin.okIn<{ checkSavedQuery: { reasons: string[] } }>('da', CHECK, { s: source(name, cypher) });
    danish.checkSavedQuery.reasons.forEach((r, i) => expect(r).not.toBe(check.checkSavedQuery.reasons[i]));
    const saved = await admin.gql(SAVE, { s: source(name, cypher) });
    expect(codeOf(saved)).toBe('QUERY_NOT_READ_ONLY');
    expect(messageOf(saved)).toMatch(reason);
    expect(await databaseState()).toEqual(before);
  });

  it('refuses a write planted in the graph behind the API’s back when it is run, and writes nothing', async () => {
    const before = await databaseState();
    const name = `${P}planted`;
    await readTest(t.graph, 'queries-plant', {
      name,
      now: new Date().toISOString(),
      source: source(name, `MATCH (p:Person {id: '${marker()}'}) SET p.name = 'Planted' RETURN p`),
    });
    const result = await analyst.gql(RUN, { n: name });
    expect(codeOf(result)).toBe('QUERY_NOT_READ_ONLY');
    expect(result.data).toBeNull();
    expect(await databaseState()).toEqual(before);
  });

  it('lets through reads whose strings and comments mention writes', async () => {
    const cypher = [
      `// MERGE, CREATE and LOAD CSV in a comment are not code`,
      `MATCH (p:Person {id: $id}) /* SET p.x = 1 */`,
      `RETURN p.name AS name, 'LOAD CSV; CREATE (x)' AS text, $id AS id`,
    ].join('\n');
    const check = await admin.okIn<{ checkSavedQuery: { ok: boolean; readOnly: boolean; queryType: string; reasons: string[] } }>(
      'en',
      CHECK,
      {
        s: source(`${P}harmless`, cypher, ['// param id: personId — da: the person | en: the person']),
      },
    );
    expect(check.checkSavedQuery).toMatchObject({ ok: true, readOnly: true, queryType: 'r', reasons: [] });
  });

  it('allows the full-text procedure', async () => {
    const cypher = `CALL db.index.fulltext.queryNodes('person_name', $text) YIELD node RETURN node.id AS personId LIMIT 5`;
    const check = await admin.okIn<{ checkSavedQuery: { ok: boolean } }>('en', CHECK, {
      s: source(`${P}ft`, cypher, ['// param text: string — da: a name | en: a name']),
    });
    expect(check.checkSavedQuery.ok).toBe(true);
  });

  async function databaseState() {
    const counts = await countWithPrefix(t.graph, P);
    const [person] = await readTest<{ name: string }>(t.graph, 'person-by-id', { id: marker() });
    const [labels] = await readTest<{ labels: string[] }>(t.graph, 'queries-schema-state', {});
    const [indexes] = await readTest<{ names: string[] }>(t.graph, 'queries-indexes', {});
    const [constraints] = await readTest<{ names: string[] }>(t.graph, 'queries-constraints', {});
    return {
      counts,
      name: person?.name,
      ourLabel: labels?.labels.includes(`${t.runId}Label`),
      ourIndex: indexes?.names.includes(`${t.runId}_idx`),
      personConstraint: constraints?.names.includes('person_id'),
    };
  }
});

describe('timeouts', () => {
  it('stops a read that would run for hours with QUERY_TIMEOUT, and audits the failed run', async () => {
    const name = `${P}forever`;
    await save(name, 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a * b = -1 RETURN count(*) AS n', [
      '// timeoutMs: 1000',
    ]);
    const started = Date.now();
    const result = await analyst.gql(RUN, { n: name });
    expect(codeOf(result)).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(15_000);
    const [entry] = await t.app.get(AuditService).search({ actor: analyst.username, operation: 'runSavedQuery', limit: 1 });
    expect(entry?.outcome).toBe('failed');
    expect(JSON.parse(entry!.detail!)).toMatchObject({ name, error: 'QUERY_TIMEOUT' });
  });
});

describe('parameters', () => {
  const name = () => `${P}params`;
  beforeAll(async () => {
    await save(name(), 'RETURN $personId AS personId, $n + 1 AS next, $d AS d, $flag AS flag, $names AS names, $f AS f, $days AS days', [
      '// param personId: personId — da: a person | en: a person',
      '// param n: integer = 5 (1..10) — da: a count | en: a count',
      '// param d: date = null (2000-01-01..2030-12-31) — da: a date | en: a date',
      '// param flag: boolean = false — da: a switch | en: a switch',
      '// param names: string[] = [] — da: some names | en: some names',
      '// param f: float = 0.5 (0..1) — da: a share | en: a share',
      '// param days: date[] = [] (2000-01-01..2030-12-31) — da: some dates | en: some dates',
    ]);
  });

  it('runs with defaults filled in and values typed for Neo4j (integers stay integers, dates are dates)', async () => {
    const data = await analyst.ok<{ runSavedQuery: RunResult }>(RUN, {
      n: name(),
      p: { personId: 'x-1', d: '2020-02-29', days: ['2021-01-01'] },
    });
    expect(data.runSavedQuery.rows).toEqual([['x-1', 6, '2020-02-29', false, [], 0.5, ['2021-01-01']]]);
    expect(data.runSavedQuery.params).toEqual({
      personId: 'x-1',
      n: 5,
      d: '2020-02-29',
      flag: false,
      names: [],
      f: 0.5,
      days: ['2021-01-01'],
    });
  });

  it.each([
    ['missing', {}, 'params.personId', /is required/],
    ['unknown', { personId: 'x', zzz: 1 }, 'params.zzz', /unknown parameter \(this query takes personId, n, d, flag, names, f, days\)/],
    ['wrong type', { personId: 'x', n: 'five' }, 'params.n', /must be a number, got a string/],
    ['not whole', { personId: 'x', n: 2.5 }, 'params.n', /must be a whole number/],
    ['above the bound', { personId: 'x', n: 11 }, 'params.n', /must be at most 10, got 11/],
    ['below the bound', { personId: 'x', f: -0.1 }, 'params.f', /must be at least 0/],
    ['not a date', { personId: 'x', d: '2020-02-30' }, 'params.d', /must be a date YYYY-MM-DD/],
    ['a date out of bounds', { personId: 'x', d: '2031-01-01' }, 'params.d', /on or before 2030-12-31/],
    ['a list item of the wrong type', { personId: 'x', names: ['a', 1] }, 'params.names', /item 2 must be a string/],
    ['a list item out of bounds', { personId: 'x', days: ['1999-12-31'] }, 'params.days', /item 1 must be on or after 2000-01-01/],
    ['not a list', { personId: 'x', names: 'a' }, 'params.names', /must be a list/],
    ['null for a required parameter', { personId: null }, 'params.personId', /must not be null/],
    ['a bad person id', { personId: 'has spaces in it' }, 'params.personId', /must be a person id/],
    ['not an object', ['x'], 'params', /must be an object/],
  ])('refuses params (%s) with a message naming the parameter', async (_label, params, field, reason) => {
    const result = await analyst.gql(RUN, { n: name(), p: params });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(messageOf(result)).toMatch(reason);
  });

  it('refuses a query that uses an undeclared parameter, and warns about an unused one', async () => {
    const check = await admin.okIn<{ checkSavedQuery: { ok: boolean; reasons: string[]; warnings: string[] } }>('en', CHECK, {
      s: source(`${P}undeclared`, 'RETURN $x AS x', ['// param y: integer = 1 — da: unused | en: unused']),
    });
    expect(check.checkSavedQuery.ok).toBe(false);
    expect(check.checkSavedQuery.reasons.join()).toMatch(/uses \$x, which is not declared/);
    expect(check.checkSavedQuery.warnings.join()).toMatch(/y is declared but not used/);
  });

  it('reports header problems and Cypher that does not compile', async () => {
    const badType = await admin.okIn<{ checkSavedQuery: { ok: boolean; reasons: string[] } }>('en', CHECK, {
      s: source(`${P}badtype`, 'RETURN $x AS x', ['// param x: money = 1 — da: what | en: what']),
    });
    expect(badType.checkSavedQuery.reasons.join()).toMatch(/unknown type money/);
    const badDefault = await admin.okIn<{ checkSavedQuery: { reasons: string[] } }>('en', CHECK, {
      s: source(`${P}baddefault`, 'RETURN $x AS x', ['// param x: integer = 50 (1..10) — da: what | en: what']),
    });
    expect(badDefault.checkSavedQuery.reasons.join()).toMatch(/the default must be at most 10/);
    const syntax = await admin.okIn<{ checkSavedQuery: { ok: boolean; compiles: boolean; reasons: string[] } }>('en', CHECK, {
      s: source(`${P}syntax`, 'MATCH (n RETURN n'),
    });
    expect(syntax.checkSavedQuery).toMatchObject({ ok: false, compiles: false });
    expect(syntax.checkSavedQuery.reasons.join()).toMatch(/Neo4j cannot plan it/);
    expect(codeOf(await admin.gql(SAVE, { s: source(`${P}syntax`, 'MATCH (n RETURN n') }))).toBe('QUERY_INVALID');
    expect(codeOf(await admin.gql(SAVE, { s: 'MATCH (n:Person) RETURN n LIMIT 1' }))).toBe('QUERY_INVALID');
  });
});

describe('saving and versions', () => {
  it('creates, keeps each previous version, and refuses a stale or duplicate save', async () => {
    const name = `${P}versions`;
    const first = await admin.ok<{ saveSavedQuery: { version: number; origin: string; owner: string } }>(SAVE, {
      s: source(name, 'RETURN 1 AS one'),
    });
    expect(first.saveSavedQuery).toMatchObject({ version: 1, origin: 'admin', owner: admin.username });
    expect(codeOf(await admin.gql(SAVE, { s: source(name, 'RETURN 2 AS two') }))).toBe('CONFLICT');
    const second = await admin.ok<{ saveSavedQuery: { version: number } }>(SAVE, { s: source(name, 'RETURN 2 AS two'), v: 1 });
    expect(second.saveSavedQuery.version).toBe(2);
    expect(codeOf(await admin.gql(SAVE, { s: source(name, 'RETURN 3 AS three'), v: 1 }))).toBe('CONFLICT');
    const versions = await analyst.ok<{ savedQueryVersions: { version: number; source: string; savedBy: string }[] }>(
      'query($n: String!) { savedQueryVersions(name: $n) { version source savedBy } }',
      { n: name },
    );
    expect(versions.savedQueryVersions).toEqual([{ version: 1, source: source(name, 'RETURN 1 AS one'), savedBy: admin.username }]);
    // who saved, by full name (the username beside it)
    const users = t.app.get(UsersRepository);
    await users.setNames(admin.username, 'Aksel Forespørger Bach', 'Analytiker');
    try {
      const named = await analyst.ok<{
        savedQuery: { updatedBy: string; updatedByName: string | null };
        savedQueryVersions: { savedBy: string; savedByName: string | null }[];
      }>('query($n: String!) { savedQuery(name: $n) { updatedBy updatedByName } savedQueryVersions(name: $n) { savedBy savedByName } }', {
        n: name,
      });
      expect(named.savedQuery).toEqual({ updatedBy: admin.username, updatedByName: 'Aksel Forespørger Bach' });
      expect(named.savedQueryVersions).toEqual([{ savedBy: admin.username, savedByName: 'Aksel Forespørger Bach' }]);
    } finally {
      await users.setNames(admin.username, null, null);
    }
    const run = await analyst.ok<{ runSavedQuery: RunResult }>(RUN, { n: name });
    expect(run.runSavedQuery).toMatchObject({ version: 2, columns: ['two'], rows: [[2]] });
  });

  it('lets only admins save, check and delete', async () => {
    expect(codeOf(await analyst.gql(SAVE, { s: source(`${P}nope`, 'RETURN 1 AS x') }))).toBe('FORBIDDEN');
    expect(codeOf(await analyst.gql(CHECK, { s: source(`${P}nope`, 'RETURN 1 AS x') }))).toBe('FORBIDDEN');
    const name = `${P}deleted`;
    await save(name, 'RETURN 1 AS x');
    expect(codeOf(await analyst.gql('mutation($n: String!) { deleteSavedQuery(name: $n) }', { n: name }))).toBe('FORBIDDEN');
    await admin.ok('mutation($n: String!) { deleteSavedQuery(name: $n) }', { n: name });
    expect(codeOf(await analyst.gql(RUN, { n: name }))).toBe('NOT_FOUND');
  });

  it('refuses queries that read nodes without naming their labels (they would reach system and municipal records)', async () => {
    const result = await admin.gql(SAVE, {
      s: source(`${P}everything`, 'MATCH (n) WHERE n.username = $u RETURN n, properties(n) AS props', [
        '// param u: string — da: a username | en: a username',
      ]),
    });
    expect(codeOf(result)).toBe('QUERY_NOT_READ_ONLY');
    expect(JSON.stringify(result.errors)).toMatch(/without a label/);
    for (const label of ['Indicator', 'SupportFlag', 'SharingBasis']) {
      expect(['QUERY_NOT_READ_ONLY', 'QUERY_INVALID']).toContain(
        codeOf(await admin.gql(SAVE, { s: source(`${P}${label}`, `MATCH (i:${label}) RETURN i`) })),
      );
    }
  });
});

describe('API keys', () => {
  const CREATE = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id name queries purpose status rateLimitPerMinute expiresAt } } }`;
  const echo = () => `${P}echo`;
  const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    await save(echo(), 'MATCH (p:Person {id: $id}) RETURN p.id AS personId, p.name AS name', [
      '// scopes: national, police-district',
      '// param id: personId — da: a person | en: a person',
      '// param districtCode: string = null — da: the key’s district (not used: persons are national) | en: the key’s district (not used: persons are national)',
    ]);
  });

  async function createKey(extra: Record<string, unknown> = {}): Promise<{ key: string; id: string }> {
    const data = await admin.ok<{ createApiKey: { key: string; apiKey: { id: string } } }>(CREATE, {
      i: {
        name: `${P}client`,
        queries: [echo()],
        purpose: 'Kvalitetskontrol',
        organisation: 'district:NJY',
        expiresAt: inFuture(30),
        ...extra,
      },
    });
    return { key: data.createApiKey.key, id: data.createApiKey.apiKey.id };
  }

  const withKey = (key: string, query: string, variables: Record<string, unknown> = {}) => {
    const client = new Client(t.url);
    client.purpose = undefined;
    return client.gql<{ runSavedQuery: RunResult }>(query, variables, { 'x-api-key': key });
  };

  it('creates a random key shown once and stored hashed; lists keys without it', async () => {
    const { key, id } = await createKey();
    expect(key).toMatch(/^opspor_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const list = await admin.ok<{ apiKeys: Record<string, unknown>[] }>('{ apiKeys { id name queries purpose organisation status } }');
    expect(list.apiKeys.find((k) => k.id === id)).toEqual({
      id,
      name: `${P}client`,
      queries: [echo()],
      purpose: 'Kvalitetskontrol',
      organisation: 'district:NJY',
      status: 'active',
    });
    expect(JSON.stringify(list)).not.toContain(key.slice(-43));
  });

  it('runs a query in scope with the key’s purpose, audited under the key', async () => {
    const { key, id } = await createKey();
    const result = await withKey(key, RUN, { n: echo(), p: { id: b.id('mor') } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.runSavedQuery.rows).toEqual([[b.id('mor'), 'Test mor']]);
    const [entry] = await t.app.get(AuditService).search({ actor: id, operation: 'runSavedQuery', limit: 1 });
    expect(entry).toMatchObject({ role: 'api-client', purpose: 'Kvalitetskontrol', outcome: 'ok', personIds: [b.id('mor')] });
    expect(JSON.parse(entry!.detail!)).toMatchObject({ name: echo(), params: { id: b.id('mor') } });
  });

  it('refuses a query outside the key’s scope and lists only the scope', async () => {
    const { key } = await createKey();
    const outside = await withKey(key, RUN, { n: 'family-of-person', p: { personId: b.id('mor') } });
    expect(codeOf(outside)).toBe('FORBIDDEN');
    expect(messageOf(outside)).toMatch(/may not run "family-of-person"/);
    const list = await withKey(key, '{ savedQueries { name } }');
    expect(list.data).toEqual({ savedQueries: [{ name: echo() }] });
    expect(codeOf(await withKey(key, `{ person(id: "${b.id('mor')}") { id } }`))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await withKey(key, CREATE, {
          i: { name: 'x', queries: [echo()], purpose: 'Kvalitetskontrol', organisation: 'district:NJY', expiresAt: inFuture(1) },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses a revoked key', async () => {
    const { key, id } = await createKey();
    expect((await withKey(key, RUN, { n: echo(), p: { id: 'x' } })).errors).toBeUndefined();
    const revoked = await admin.ok<{ revokeApiKey: { status: string } }>('mutation($id: String!) { revokeApiKey(id: $id) { status } }', {
      id,
    });
    expect(revoked.revokeApiKey.status).toBe('revoked');
    const result = await withKey(key, RUN, { n: echo(), p: { id: 'x' } });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(messageOf(result)).toMatch(/revoked/);
  });

  it('refuses an expired key', async () => {
    const past = new Date('2025-01-01T00:00:00Z');
    const { key } = await t.app
      .get(ApiKeysService)
      .create(
        { name: `${P}old`, queries: [echo()], purpose: 'Kvalitetskontrol', organisation: 'district:NJY', expiresAt: '2025-02-01' },
        'test',
        past,
      );
    const result = await withKey(key, RUN, { n: echo(), p: { id: 'x' } });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(messageOf(result)).toMatch(/expired/);
  });

  it('refuses unknown keys and a wrong secret alike, saying what is wrong', async () => {
    const { key } = await createKey();
    const wrongSecret = `${key.slice(0, -43)}${'A'.repeat(43)}`;
    const unknown = await withKey('nonsense', RUN, { n: echo(), p: { id: 'x' } });
    const wrong = await withKey(wrongSecret, RUN, { n: echo(), p: { id: 'x' } });
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(messageOf(wrong)).toBe(messageOf(unknown));
    expect(messageOf(wrong)).toMatch(/^Unknown or revoked API key/);
  });

  it('rate-limits each key on its own with RATE_LIMITED', async () => {
    const limited = await createKey({ rateLimitPerMinute: 3 });
    const other = await createKey({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) expect((await withKey(limited.key, RUN, { n: echo(), p: { id: 'x' } })).errors).toBeUndefined();
    const refused = await withKey(limited.key, RUN, { n: echo(), p: { id: 'x' } });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toEqual(expect.any(Number));
    expect((await withKey(other.key, RUN, { n: echo(), p: { id: 'x' } })).errors).toBeUndefined();
  });

  it('validates new keys: scope, purpose, expiry, rate', async () => {
    const bad = async (extra: Record<string, unknown>) =>
      admin.gql(CREATE, {
        i: {
          name: `${P}bad`,
          queries: [echo()],
          purpose: 'Kvalitetskontrol',
          organisation: 'district:NJY',
          expiresAt: inFuture(30),
          ...extra,
        },
      });
    expect(messageOf(await bad({ queries: [`${P}missing`] }))).toMatch(/no saved query named/);
    expect(messageOf(await bad({ queries: [] }))).toMatch(/queries/);
    expect(messageOf(await bad({ purpose: 'because' }))).toMatch(/purpose/);
    expect(messageOf(await bad({ expiresAt: '2020-01-01' }))).toMatch(/must be in the future/);
    expect(messageOf(await bad({ expiresAt: inFuture(400) }))).toMatch(/at most 366 days/);
    expect(messageOf(await bad({ rateLimitPerMinute: 0 }))).toMatch(/rateLimitPerMinute/);
    expect(messageOf(await bad({ organisation: 'municipality:999' }))).toMatch(/organisation: unknown municipality 999/);
    expect(
      codeOf(
        await analyst.gql(CREATE, {
          i: { name: 'x', queries: [echo()], purpose: 'Kvalitetskontrol', organisation: 'district:NJY', expiresAt: inFuture(1) },
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});
