import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { Client, signedIn, startApp, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { readTest, removeWithPrefix } from '../support/data.js';

/**
 * The saved-query API as an integrator meets it (issues 14.2, 14.14, 15.4, 15.5): the public
 * SDL, paging with a cursor, the size cap, plain CSV, exact errors, every person audited, and
 * keys issued for a police district or a municipality.
 */
// A small size cap for this file only, so that it is reached with little data (the default is 4 MB).
const MAX_BYTES = 200_000;
process.env.OPSPOR_QUERY_MAX_RESULT_BYTES = String(MAX_BYTES);

let t: TestApp;
let P: string;
let admin: Client & { username: string };
let analyst: Client & { username: string };
let b: RecordBuilder;
const MUNICIPALITY = '825';

const RUN = `query($n: String!, $p: JSON, $l: Int, $a: String) { runSavedQuery(name: $n, params: $p, limit: $l, after: $a) {
  columns rows rowCount truncated truncatedBy rowCap maxBytes offset nextCursor csv } }`;
const SAVE = `mutation($s: String!) { saveSavedQuery(source: $s) { name scopes } }`;
const CREATE_KEY = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id organisation } } }`;

interface Run {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  truncatedBy: string | null;
  maxBytes: number;
  offset: number;
  nextCursor: string | null;
  csv: string;
}

const source = (name: string, cypher: string, extra: string[] = []) =>
  [
    `// name: ${name}`,
    `// title.da: Test ${name}`,
    `// title.en: Test ${name}`,
    '// description.da: en forespørgsel i API-testen',
    '// description.en: a query of the API test',
    ...extra,
    cypher,
  ].join('\n');
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const messageOf = (r: { errors?: { message: string }[] }) => r.errors?.[0]?.message ?? '';
const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function save(name: string, cypher: string, extra: string[] = []): Promise<void> {
  await admin.ok(SAVE, { s: source(name, cypher, extra) });
}

async function lastRunOf(actor: string) {
  const [entry] = await t.app.get(AuditService).search({ actor, operation: 'runSavedQuery', limit: 1 });
  return entry!;
}

function withKey<T = { runSavedQuery: Run }>(key: string, query: string, variables: Record<string, unknown> = {}) {
  const client = new Client(t.url);
  client.purpose = undefined;
  return client.gql<T>(query, variables, { 'x-api-key': key });
}

async function createKey(organisation: string, queries: string[]) {
  return admin.gql<{ createApiKey: { key: string; apiKey: { id: string; organisation: string } } }>(CREATE_KEY, {
    i: { name: `${P}key`, queries, purpose: 'Kvalitetskontrol', organisation, expiresAt: inFuture(30) },
  });
}

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
  admin = await signedIn(t, 'admin');
  analyst = await signedIn(t, 'analyst');
  b = new RecordBuilder(P);
  b.person('mor', 'F', '1985-05-05').person('far', 'M', '1983-03-03').person('barn', 'F', '2015-09-09');
  b.person('a1', 'M', '1970-01-01').person('a2', 'F', '1971-01-01').person('a3', 'M', '1972-01-01');
  b.address('hjem').address('laeso', MUNICIPALITY);
  b.lives('mor', 'hjem', '2014-01-01').lives('barn', 'hjem', '2015-09-09').lives('far', 'hjem', '2014-01-01');
  b.lives('a1', 'laeso', '2010-01-01').lives('a2', 'laeso', '2010-01-01').lives('a3', 'laeso', '2010-01-01');
  b.parent('mor', 'barn').parent('far', 'barn');
  b.case('vold', '2024-02-10', [['far', 'charged']], 'NJY');
  b.case('vold', '2024-02-11', [['mor', 'victim']], 'OJY');
  await t.app.get(IngestService).writer.writeTrusted(b.records);
});

afterAll(async () => {
  if (!t) return;
  await readTest(t.graph, 'queries-remove', { prefix: P });
  await removeWithPrefix(t.graph, P);
  await t.close();
});

describe('the schema for integrators', () => {
  it('serves the SDL at /graphql/schema.graphql without signing in', async () => {
    const res = await fetch(`${t.url}/graphql/schema.graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const sdl = await res.text();
    expect(sdl).toMatch(/type Query \{/);
    expect(sdl).toMatch(/runSavedQuery\(/);
    expect(sdl).toMatch(/nextCursor: String/);
  });
});

describe('exact errors', () => {
  it('says what is wrong with a key and with a limit', async () => {
    const unknown = await withKey('opspor_0000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', RUN, { n: 'family-of-person' });
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(messageOf(unknown)).toMatch(/^Unknown or revoked API key/);
    const zero = await analyst.gql(RUN, { n: 'family-of-person', p: { personId: b.id('barn') }, l: 0 });
    expect(codeOf(zero)).toBe('BAD_USER_INPUT');
    expect(messageOf(zero)).toMatch(/^limit must be between 1 and 5000/);
    expect(zero.errors?.[0]?.extensions?.field).toBe('limit');
  });
});

describe('paging with a cursor', () => {
  const name = () => `${P}numbers`;
  beforeAll(async () => {
    await save(name(), 'UNWIND range(1, $n) AS i RETURN i ORDER BY i', [
      '// param n: integer = 7 (1..100000) — da: how many | en: how many',
    ]);
  });

  it('pages through every row exactly once and ends with a null cursor', async () => {
    const seen: unknown[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data: { runSavedQuery: Run } = await analyst.ok(RUN, { n: name(), l: 3, a: after });
      seen.push(...data.runSavedQuery.rows.map((r) => r[0]));
      expect(data.runSavedQuery.offset).toBe(pages * 3);
      after = data.runSavedQuery.nextCursor;
      pages += 1;
    } while (after && pages < 10);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pages).toBe(3);
  });

  it('pages beyond 5,000 rows', async () => {
    const first = await analyst.ok<{ runSavedQuery: Run }>(RUN, { n: name(), p: { n: 6000 }, l: 5000 });
    expect(first.runSavedQuery).toMatchObject({ rowCount: 5000, truncated: true, truncatedBy: 'rows' });
    const second = await analyst.ok<{ runSavedQuery: Run }>(RUN, { n: name(), p: { n: 6000 }, l: 5000, a: first.runSavedQuery.nextCursor });
    expect(second.runSavedQuery).toMatchObject({ rowCount: 1000, truncated: false, offset: 5000, nextCursor: null });
    expect(second.runSavedQuery.rows[0]).toEqual([5001]);
  });

  it('refuses a cursor that is not one, or belongs to other parameters', async () => {
    const first = await analyst.ok<{ runSavedQuery: Run }>(RUN, { n: name(), l: 3 });
    const garbage = await analyst.gql(RUN, { n: name(), l: 3, a: 'not-a-cursor' });
    expect(codeOf(garbage)).toBe('BAD_USER_INPUT');
    expect(messageOf(garbage)).toMatch(/^after: is not a cursor/);
    const other = await analyst.gql(RUN, { n: name(), p: { n: 8 }, l: 3, a: first.runSavedQuery.nextCursor });
    expect(messageOf(other)).toMatch(/^after: belongs to another query or other parameters/);
  });
});

describe('the size cap', () => {
  it('cuts a result off at the configured size and says so; a next page follows', async () => {
    const name = `${P}wide`;
    await save(name, "UNWIND range(1, 1000) AS i RETURN i, reduce(s = '', x IN range(1, 50) | s + 'xxxxxxxxxx') AS pad");
    const data = await analyst.ok<{ runSavedQuery: Run }>(RUN, { n: name, l: 5000 });
    const run = data.runSavedQuery;
    expect(run).toMatchObject({ truncated: true, truncatedBy: 'bytes', maxBytes: MAX_BYTES });
    expect(run.rowCount).toBeGreaterThan(10);
    expect(run.rowCount).toBeLessThan(1000);
    expect(JSON.stringify(run.rows).length).toBeLessThanOrEqual(MAX_BYTES);
    const next = await analyst.ok<{ runSavedQuery: Run }>(RUN, { n: name, l: 5000, a: run.nextCursor });
    expect(next.runSavedQuery.rows[0]?.[0]).toBe(run.rowCount + 1);
  });

  it('refuses one row larger than the cap with LIMIT_EXCEEDED', async () => {
    const name = `${P}huge`;
    await save(name, "RETURN reduce(s = '', x IN range(1, 30000) | s + 'xxxxxxxxxx') AS big");
    const result = await analyst.gql(RUN, { n: name });
    expect(codeOf(result)).toBe('LIMIT_EXCEEDED');
    expect(messageOf(result)).toMatch(/larger than a result may be \(200000 bytes/);
    expect((await lastRunOf(analyst.username)).outcome).toBe('failed');
  });
});

describe('the audit names every person the rows name', () => {
  it('records persons returned as plain ids, in lists and maps, and as relationship ends', async () => {
    const ids = `${P}ids`;
    await save(ids, 'MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN p.id AS id ORDER BY id', [
      '// param prefix: string — da: a prefix | en: a prefix',
    ]);
    await analyst.ok(RUN, { n: ids, p: { prefix: P } });
    const everyone = ['mor', 'far', 'barn', 'a1', 'a2', 'a3'].map((l) => b.id(l)).sort();
    expect((await lastRunOf(analyst.username)).personIds).toEqual(everyone);

    const nested = `${P}nested`;
    await save(nested, 'MATCH (p:Person {id: $id}) RETURN [{who: p.id}] AS people', [
      '// param id: personId — da: a person | en: a person',
    ]);
    await analyst.ok(RUN, { n: nested, p: { id: b.id('mor') } });
    expect((await lastRunOf(analyst.username)).personIds).toEqual([b.id('mor')]);

    const rel = `${P}rel`;
    await save(rel, 'MATCH (:Person {id: $id})-[r:PARENT_OF]->(:Person) RETURN r', ['// param id: personId — da: a parent | en: a parent']);
    await analyst.ok(RUN, { n: rel, p: { id: b.id('far') } });
    expect((await lastRunOf(analyst.username)).personIds).toEqual([b.id('barn'), b.id('far')].sort());
  });
});

describe('CSV of plain values', () => {
  it('expands node columns to their properties, with no element ids and no JSON', async () => {
    const data = await analyst.ok<{ runSavedQuery: Run }>(RUN, { n: 'family-of-person', p: { personId: b.id('barn') } });
    const [header, ...lines] = data.runSavedQuery.csv.trim().split('\r\n');
    expect(header!.split(',').slice(0, 4)).toEqual(['person.id', 'person.birthDate', 'person.name', 'person.sex']);
    expect(header).toMatch(/,relation,relativeId,relativeName,birthDate,relative\.id,/);
    expect(header).toMatch(/,link\.type$/);
    expect(lines).toHaveLength(2);
    expect(data.runSavedQuery.csv).not.toMatch(/[{}]|elementId|\d+:[0-9a-f-]{36}:\d+/);
    expect(lines.join('\n')).toContain(`${b.id('barn')},2015-09-09,Test barn,F,`);
  });
});

describe('API keys issued for an organisation', () => {
  it('refuses a key for an unknown or malformed organisation, or for queries that do not admit it', async () => {
    expect(messageOf(await createKey('NJY', ['cases-by-category']))).toMatch(/^organisation: must be district:<code>/);
    expect(messageOf(await createKey('district:XXX', ['cases-by-category']))).toMatch(/unknown police district XXX/);
    const forMunicipality = await createKey(`municipality:${MUNICIPALITY}`, ['cases-by-category']);
    expect(codeOf(forMunicipality)).toBe('BAD_USER_INPUT');
    expect(messageOf(forMunicipality)).toMatch(
      /"cases-by-category" may not be run for a municipality \(its scopes: national, police-district\)/,
    );
  });

  it('a district key reads its own district only, audited under the district', async () => {
    const created = await createKey('district:NJY', ['cases-by-category']);
    const { key, apiKey } = created.data!.createApiKey;
    expect(apiKey.organisation).toBe('district:NJY');
    const params = { category: 'vold', from: '2024-02-10', to: '2024-02-11' };
    const run = await withKey(key, RUN, { n: 'cases-by-category', p: params });
    expect(run.errors).toBeUndefined();
    const districts = new Set(run.data!.runSavedQuery.rows.map((r) => r[3]));
    expect([...districts]).toEqual(['NJY']);
    const caseIds = run.data!.runSavedQuery.rows.map((r) => r[0]);
    expect(caseIds).toContain(b.id('case1'));
    expect(caseIds).not.toContain(b.id('case2'));
    const entry = await lastRunOf(apiKey.id);
    expect(entry.purpose).toBe('Kvalitetskontrol');
    expect(JSON.parse(entry.detail!)).toMatchObject({ organisation: 'district:NJY', params: { districtCode: 'NJY' } });

    const other = await withKey(key, RUN, { n: 'cases-by-category', p: { ...params, districtCode: 'OJY' } });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(messageOf(other)).toMatch(/params\.districtCode: this API key reads only district:NJY/);
  });

  it('a municipality key reads only under a sharing basis in force, for its own municipality', async () => {
    const created = await createKey(`municipality:${MUNICIPALITY}`, ['households-most-adults']);
    const { key } = created.data!.createApiKey;
    const params = { asOf: '2024-01-01', minAdults: 3 };
    const without = await withKey(key, RUN, { n: 'households-most-adults', p: params });
    expect(codeOf(without)).toBe('FORBIDDEN');
    expect(messageOf(without)).toMatch(/No sharing basis from the police to municipality:825/);

    await readTest(t.graph, 'queries-sharing-basis', {
      id: `${P}basis`,
      toOrg: `municipality:${MUNICIPALITY}`,
      validFrom: '2000-01-01',
      validUntil: '2100-01-01',
    });
    const run = await withKey(key, RUN, { n: 'households-most-adults', p: params });
    expect(run.errors).toBeUndefined();
    expect(run.data!.runSavedQuery.rows.map((r) => r[4])).toEqual(expect.arrayContaining([MUNICIPALITY]));
    expect(new Set(run.data!.runSavedQuery.rows.map((r) => r[4]))).toEqual(new Set([MUNICIPALITY]));
  });

  it('a municipality key cannot read police cases, even through a query planted with its scope', async () => {
    const cypher =
      'MATCH (c:Case)<-[i:INVOLVED_IN]-(p:Person) WHERE $municipalityCode IS NOT NULL RETURN c.id AS caseId, i.role AS role, p.id AS personId';
    const header = ['// scopes: municipality', '// param municipalityCode: string = null — da: pinned to the key | en: pinned to the key'];
    const name = `${P}cases-for-municipality`;
    const refused = await admin.gql(SAVE, { s: source(name, cypher, header) });
    expect(codeOf(refused)).toBe('QUERY_INVALID');
    expect(messageOf(refused)).toMatch(/scopes: municipality, but it reads police cases \(Case, INVOLVED_IN\)/);

    await readTest(t.graph, 'queries-plant-source', { name, source: source(name, cypher, header), now: new Date().toISOString() });
    await readTest(t.graph, 'queries-sharing-basis', {
      id: `${P}basis2`,
      toOrg: `municipality:${MUNICIPALITY}`,
      validFrom: '2000-01-01',
      validUntil: '2100-01-01',
    });
    const created = await createKey(`municipality:${MUNICIPALITY}`, [name]);
    const run = await withKey(created.data!.createApiKey.key, RUN, { n: name });
    expect(codeOf(run)).toBe('QUERY_NOT_READ_ONLY');
    expect(messageOf(run)).toMatch(/reads police cases/);
    expect(run.data ?? null).toBeNull();
  });

  it('an old key without an organisation may run nothing, and says why', async () => {
    const created = await createKey('district:NJY', ['cases-by-category']);
    const { key, apiKey } = created.data!.createApiKey;
    await readTest(t.graph, 'queries-key-without-organisation', { id: apiKey.id });
    const run = await withKey(key, RUN, { n: 'cases-by-category', p: { category: 'vold', from: '2024-02-10', to: '2024-02-11' } });
    expect(codeOf(run)).toBe('FORBIDDEN');
    expect(messageOf(run)).toMatch(/has no organisation: an admin must issue a new key/);
    expect((await lastRunOf(apiKey.id)).outcome).toBe('denied');
  });
});
