// Issue 14 item 5: one request must not stall everyone. Body size, tokens, directives, depth and
// aliases are limited before anything runs; refusals are HTTP 400/413, never 500; no field
// suggestions in production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS } from '../../server/src/common/request-limits.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { rawGql, rawRequest } from '../support/http.js';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await startApp();
  admin = await signedIn(t, 'admin');
});
afterAll(async () => {
  await t.close();
});

const json = { 'content-type': 'application/json' };

describe('request limits', () => {
  it('refuses an anonymous 20 MB directive bomb at the body limit (413) while /health keeps answering', async () => {
    // the original attack: ~20 MB, over a million directives, no credentials
    const bomb = JSON.stringify({ query: `{ __typename ${'@a'.repeat(1_100_000)} }`.padEnd(20 * 1024 * 1024, ' ') });
    const refused = rawRequest(`${t.url}/graphql`, { method: 'POST', headers: json, body: bomb });
    const health = await rawRequest(`${t.url}/health`);
    expect(health.status).toBe(200);
    const answer = await refused.catch((error: Error) => ({ status: 0, body: error.message, ms: 0, headers: {} }));
    // the server may close the connection before the whole body is sent: that is a refusal too
    if (answer.status !== 0) {
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    }
    expect((await rawRequest(`${t.url}/health`)).status).toBe(200);
  });

  it('stops parsing a document under the body limit at the token limit: HTTP 400, not 500', async () => {
    const many = `{ __typename ${'@a '.repeat(300_000)} }`; // ~900 KB
    const [answer, health] = await Promise.all([rawGql(t.url, many), rawRequest(`${t.url}/health`)]);
    expect(health.status).toBe(200);
    expect(answer.status).toBe(400);
    expect(answer.json.errors?.[0]?.message).toMatch(new RegExp(`more tha[nt] ${GRAPHQL_LIMITS.maxTokens} tokens`));
    expect(answer.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses too many directives, too deep a document, and too many aliases with HTTP 400; an ordinary fragment passes', async () => {
    const headers = { authorization: `Bearer ${admin.token}` };
    const directives = `{ me { username ${'@include(if: true) '.repeat(GRAPHQL_LIMITS.maxDirectives + 5)} } }`;
    let deep = 'username';
    for (let i = 0; i < GRAPHQL_LIMITS.maxDepth + 2; i += 1) deep = `me { ${deep} }`; // not a valid schema path: depth is checked too
    const aliases = `{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { username }`).join(' ')} }`;
    const fragments = `query { me { ...F } } fragment F on Me { ${Array.from({ length: 15 }, (_, i) => `f${i}: username`).join(' ')} }`;
    for (const [doc, pattern] of [
      [directives, /Directives limit/],
      [`{ ${deep} }`, /depth limit/],
      [aliases, /Aliases limit/],
    ] as const) {
      const answer = await rawGql(t.url, doc, {}, { headers });
      expect(answer.status, doc.slice(0, 40)).toBe(400);
      expect(answer.json.errors?.map((e) => e.message).join(' ')).toMatch(pattern);
      expect(answer.json.data ?? null).toBeNull();
    }
    expect((await rawGql(t.url, fragments, {}, { headers })).status).toBe(200);
  });

  it('limits a GraphQL body to 1 MB even with credentials, but lets an admin send a larger ingest batch', async () => {
    const headers = { authorization: `Bearer ${admin.token}` };
    const padding = 'x'.repeat(1200 * 1024);
    const big = await rawGql(t.url, 'query($p: String) { me { username } }', { p: padding }, { headers });
    expect(big.status).toBe(413);
    expect(big.json.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    // 1.3 MB of records: past the GraphQL limit, so it only gets this far because it is an ingest
    const lines = Array.from({ length: 10_050 }, (_, i) =>
      JSON.stringify({ type: 'person', id: `${t.runId}-p${i}`, name: `Test Person ${i}`, sex: 'F', birthDate: '1990-01-01' }),
    );
    const ingest = await rawGql(t.url, 'mutation($j: String!) { ingest(jsonl: $j) { records } }', { j: lines.join('\n') }, { headers });
    expect(ingest.body.length).toBeLessThan(10_000);
    expect(ingest.json.errors?.[0]?.extensions?.code).toBe('INGEST_TOO_LARGE');
    // the same body from someone without credentials is refused at 1 MB
    const anonymous = await rawGql(t.url, 'mutation($j: String!) { ingest(jsonl: $j) { records } }', { j: lines.join('\n') });
    expect(anonymous.status).toBe(413);
  });

  it('answers malformed JSON with 400 in GraphQL form, not an HTML error page', async () => {
    const answer = await rawRequest(`${t.url}/graphql`, { method: 'POST', headers: json, body: '{"query": "{ me' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('field suggestions', () => {
  it('are hidden in production ("Did you mean" would map the schema)', async () => {
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    let prod: TestApp | undefined;
    try {
      prod = await startApp();
    } finally {
      process.env.NODE_ENV = saved;
    }
    try {
      const answer = await rawGql(prod.url, '{ mee { username } }');
      expect(answer.status).toBe(400);
      expect(answer.body).not.toMatch(/Did you mean/);
      expect(answer.json.errors?.[0]?.message).toMatch(/Cannot query field "mee"/);
    } finally {
      await prod.close();
    }
  });
});
