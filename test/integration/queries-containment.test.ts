import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../server/src/auth/principal.js';
import { AppError } from '../../server/src/common/app-error.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { SavedQueriesService } from '../../server/src/queries/saved-queries.service.js';
import { SavedQueryRunsService } from '../../server/src/queries/saved-query-runs.service.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { readTest, removeWithPrefix } from '../support/data.js';

/**
 * Containment of saved queries (issue 14.1): generated attacks on the system's and the
 * municipality's records, each one checked as a save would check it and run as an analyst would
 * run it after planting it behind the API's back. Neither path may return a planted secret.
 */
let t: TestApp;
let P: string;
let SECRET: string;
let admin: Client & { username: string };
let b: RecordBuilder;
const analyst: Principal = {
  kind: 'user',
  id: 'containment-analyst',
  role: 'analyst',
  districtCode: null,
  municipalityCode: null,
  queryScope: null,
};

const source = (name: string, cypher: string) =>
  [
    `// name: ${name}`,
    `// title.da: Indeslutning ${name}`,
    `// title.en: Containment ${name}`,
    '// description.da: et genereret angreb i testen',
    '// description.en: a generated attack of the containment test',
    cypher,
  ].join('\n');
const SAVE = `mutation($s: String!) { saveSavedQuery(source: $s) { name } }`;
const CHECK = `query($s: String!) { checkSavedQuery(source: $s) { ok reasons } }`;

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
  SECRET = `${t.runId}SECRET`;
  admin = await signedIn(t, 'admin');
  b = new RecordBuilder(P);
  b.person('mor', 'F', '1985-05-05').person('barn', 'F', '2015-09-09').address('hjem');
  b.lives('mor', 'hjem', '2014-01-01').lives('barn', 'hjem', '2015-09-09').parent('mor', 'barn');
  b.case('vold', '2024-02-10', [['mor', 'victim']]);
  await t.app.get(IngestService).writer.writeTrusted(b.records);
  await readTest(t.graph, 'queries-plant-secrets', { personId: b.id('barn'), prefix: P, secret: SECRET });
});

afterAll(async () => {
  if (!t) return;
  await readTest(t.graph, 'queries-remove', { prefix: P });
  await removeWithPrefix(t.graph, P);
  await t.close();
});

describe('the three attacks of issue 14', () => {
  it.each([
    ["MATCH (u IS User) RETURN u.username, u['password'+'Hash']", /:User, which is not police data/],
    ['MATCH (i:Person|Indicator) RETURN i', /:Indicator, which is not police data/],
    ['MATCH (u) WHERE id(u) IN range(0,20000) RETURN u', /internal id/],
  ])('an admin cannot save %s, and it is refused when planted and run', async (cypher, reason) => {
    const name = `${P}attack-${cypher.length}`;
    const check = await admin.okIn<{ checkSavedQuery: { ok: boolean; reasons: string[] } }>('en', CHECK, { s: source(name, cypher) });
    expect(check.checkSavedQuery.ok).toBe(false);
    expect(check.checkSavedQuery.reasons.join('\n')).toMatch(reason);
    // the same reasons in Danish for the Danish editor
    const danish = await admin.okIn<{ checkSavedQuery: { reasons: string[] } }>('da', CHECK, { s: source(name, cypher) });
    expect(danish.checkSavedQuery.reasons).toHaveLength(check.checkSavedQuery.reasons.length);
    danish.checkSavedQuery.reasons.forEach((r, i) => expect(r).not.toBe(check.checkSavedQuery.reasons[i]));
    const saved = await admin.gql(SAVE, { s: source(name, cypher) });
    expect(saved.errors?.[0]?.extensions?.code).toBe('QUERY_NOT_READ_ONLY');
    expect(saved.errors?.[0]?.message).toMatch(reason);

    await plant(name, cypher);
    const run = await runAsAnalyst(name);
    expect(run).toMatchObject({ refused: true, code: 'QUERY_NOT_READ_ONLY' });
  });

  it('still runs police-data queries that read the same way (a contrast, so the refusals are not blanket)', async () => {
    const name = `${P}contrast`;
    const cypher =
      'MATCH (p:Person)-[:LIVES_AT]->(a:Address) WHERE p.id STARTS WITH $prefix RETURN p.id AS id, p {.*} AS props, a ORDER BY id';
    await admin.ok(SAVE, { s: source(name, `// param prefix: string — da: the test prefix | en: the test prefix\n${cypher}`) });
    const run = await t.app.get(SavedQueryRunsService).run(analyst, 'Kvalitetskontrol', name, { prefix: P });
    expect(run.rows.map((r) => r[0])).toEqual([b.id('barn'), b.id('mor')]);
  });
});

// The ways around a label check that the generator combines with the records to reach.
const TARGETS = [
  'User',
  'ApiKey',
  'Flag',
  'FlagVersion',
  'ScanLock',
  'Indicator',
  'SupportFlag',
  'SharingBasis',
  'AuditEvent',
  'SavedQuery',
];
const KEYS = ['passwordHash', 'keyHash', 'hash', 'detail', 'note', 'legalBasis', 'owner', 'summary', 'source', 'name'];
type Form = (l: string, k: string) => string;
const FORMS: Form[] = [
  (l, k) => `MATCH (x:${l}) RETURN x.${k} AS v`,
  (l) => `MATCH (x IS ${l}) RETURN x`,
  (l) => `MATCH (x:Person|${l}) RETURN x`,
  (l) => `MATCH (x IS Person|${l}) RETURN x {.*} AS v`,
  () => `MATCH (x:!Person) RETURN x`,
  () => `MATCH (x) WHERE id(x) IN range(0, 20000) RETURN x`,
  () => `MATCH (p:Person) MATCH (x) WHERE elementId(x) > elementId(p) RETURN properties(x) AS v`,
  (l) => `MATCH (p:Person) MATCH (x) WHERE x:${l} RETURN x`,
  (_l, k) => `MATCH (x:Person) RETURN x['${k.slice(0, 3)}' + '${k.slice(3)}'] AS v`,
  (l, k) => `MATCH (x:${l}) WITH x, '${k}' AS key RETURN x[key] AS v`,
  (l) => `CALL () { MATCH (x:${l}) RETURN x } RETURN x`,
  (l, k) => `MATCH (p:Person) RETURN p.id AS v UNION MATCH (x:${l}) RETURN x.${k} AS v`,
  (l, k) => `MATCH (p:Person) RETURN p.name AS v UNION ALL CALL () { MATCH (x:${l}) RETURN x.${k} AS v } RETURN v`,
  (l) => `MATCH (x) WHERE any(lab IN labels(x) WHERE lab = '${l}') RETURN x`,
  () => `MATCH (x) RETURN [lab IN labels(x) | lab] AS labs, properties(x) AS v`,
  () => `MATCH (p:Person) OPTIONAL MATCH (p)-[]-(x) RETURN x`,
  () => `MATCH (p:Person) OPTIONAL MATCH (p)<-[r]-(x) RETURN r, x`,
  () => `MATCH path = (p:Person)-[*1..3]-(x) RETURN path`,
  () => `MATCH (a:Person), (c:Person) MATCH path = shortestPath((a)-[*..5]-(c)) RETURN path`,
  () => `MATCH (p:Person) RETURN [(p)--(x) | properties(x)] AS v`,
  (l) => `MATCH (p:Person) RETURN [(p)<-[:ABOUT]-(x:${l}) | x] AS v`,
  (l) => `MATCH (p:Person) RETURN COUNT { (p)--(:${l}) } AS v`,
  () => `MATCH (p:Person)<-[:ABOUT]-(x) RETURN x`,
  () => `MATCH (p:Person)-[:HAS_EVENT|LIVES_AT]-(x) RETURN x`,
  (l, k) => `MATCH (p:Person) WITH p MATCH (x:${l}) WHERE x.${k} IS NOT NULL RETURN p.id AS id, x.${k} AS v`,
  (l) => `MATCH (x:Person) WHERE x:${l} OR x:Person RETURN x`,
  (_l, k) => `MATCH (x:Person) RETURN x.\`${k}\` AS v`,
  () => `CALL db.index.fulltext.queryNodes('audit_text', 'x') YIELD node RETURN node`,
  () => `MATCH (x:Person) RETURN [k IN keys(x) | x[k]] AS v`,
  (l) => `MATCH (x:Person)-[:PARENT_OF*]->(y) OPTIONAL MATCH (y)<-[*]-(z:${l}) RETURN z`,
];
const WRAPPERS: ((q: string) => string)[] = [(q) => q, (q) => `${q} LIMIT 50`, (q) => `CALL () { ${q} } RETURN *`];

describe('generated attacks reach no system or municipal property, saved or run', () => {
  it('refuses or contains every variant', async () => {
    const queries = t.app.get(SavedQueriesService);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(FORMS.length - 1),
        fc.constantFrom(...TARGETS),
        fc.constantFrom(...KEYS),
        fc.nat(WRAPPERS.length - 1),
        async (form, label, key, wrap) => {
          const cypher = WRAPPERS[wrap]!(FORMS[form]!(label, key));
          const name = `${P}gen-${(n += 1)}`;
          const verdict = await queries.check(source(name, cypher));
          // A save either refuses with reasons or, if it accepts, the run below shows no secret.
          if (!verdict.ok) expect(verdict.reasons.length, cypher).toBeGreaterThan(0);
          await plant(name, cypher);
          const run = await runAsAnalyst(name);
          if (verdict.ok) expect(run.refused, cypher).toBe(false);
          expect(run.text, cypher).not.toContain(SECRET);
          expect(run.text, cypher).not.toMatch(/\$argon2/);
        },
      ),
      { seed: 20261201, numRuns: 120, endOnFailure: true },
    );
  });

  it.each(FORMS.map((form, i) => [i, form] as const))('form %i is refused or contained', async (i, form) => {
    const cypher = form('User', 'passwordHash');
    const name = `${P}form-${i}`;
    await plant(name, cypher);
    const run = await runAsAnalyst(name);
    expect(run.text, cypher).not.toContain(SECRET);
    expect(run.text, cypher).not.toMatch(/\$argon2/);
  });
});

async function plant(name: string, cypher: string): Promise<void> {
  await readTest(t.graph, 'queries-plant-source', { name, source: source(name, cypher), now: new Date().toISOString() });
}

/** Runs as an analyst; what came back (or the refusal) as text to search for secrets. */
async function runAsAnalyst(name: string): Promise<{ refused: boolean; code?: string; text: string }> {
  try {
    const run = await t.app.get(SavedQueryRunsService).run(analyst, 'Kvalitetskontrol', name, {}, 5000);
    return { refused: false, text: JSON.stringify([run.rows, run.graph, run.csv]) };
  } catch (error) {
    if (error instanceof AppError) return { refused: true, code: error.code, text: error.message };
    throw error;
  }
}
