// Issue 14 item 12: errors that leaked Java text or said INTERNAL for bad arguments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';

let t: TestApp;
let admin: Client;
let analyst: Client;

beforeAll(async () => {
  t = await startApp();
  admin = await signedIn(t, 'admin');
  analyst = await signedIn(t, 'analyst');
});
afterAll(async () => {
  await t.close();
});

const RUN = 'query($n: String!, $p: JSON) { runSavedQuery(name: $n, params: $p) { rowCount } }';

describe('errors name the argument and leak nothing', () => {
  it('a Lucene syntax error in persons-by-name is BAD_USER_INPUT naming the parameter, without Java text', async () => {
    for (const text of ['x") DETACH', 'AND OR', '"unclosed', 'a:(b']) {
      const result = await analyst.gql(RUN, { n: 'persons-by-name', p: { text } });
      const error = result.errors?.[0];
      expect(error?.extensions, text).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
      expect(JSON.stringify(result)).not.toMatch(/lucene|java|org\.apache|ParseException|Exception/i);
    }
    // an ordinary search still works
    expect((await analyst.gql(RUN, { n: 'persons-by-name', p: { text: 'Hansen' } })).errors).toBeUndefined();
  });

  it('auditLog(from: "garbage") is BAD_USER_INPUT naming "from"; a date or a date-time is fine', async () => {
    for (const [field, value] of [
      ['from', 'garbage'],
      ['to', '2026-13-45'],
      ['from', '2026-01-01T25:00:00Z'],
    ] as const) {
      const result = await admin.gql(`query($v: String) { auditLog(${field}: $v, first: 1) { seq } }`, { v: value });
      expect(result.errors?.[0]?.extensions, value).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    for (const value of ['2026-01-01', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00+01:00']) {
      expect((await admin.gql('query($v: String) { auditLog(from: $v, first: 1) { seq } }', { v: value })).errors, value).toBeUndefined();
    }
  });

  it('supportFlags without a status lists every status; an unknown status is refused by the schema, naming its enum', async () => {
    const caseworker = await signedIn(t, 'caseworker', { municipalityCode: '851' });
    const all = await caseworker.gql('{ supportFlags { total items { id status } } }');
    expect(all.errors).toBeUndefined();
    const unknown = await caseworker.gql('{ supportFlags(status: "PWNED") { total } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(unknown.errors?.[0]?.message).toContain('SupportFlagStatus');
    expect(unknown.data ?? null).toBeNull();
  });
});
