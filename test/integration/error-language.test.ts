import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startApp, TEST_PASSWORD, type Client, type GqlResult, type TestApp } from '../support/app.js';
import { removeWithPrefix } from '../support/data.js';

// A refusal is told in the reader's language (Accept-Language), English when none is asked;
// extensions.code and extensions.field stay the same in both.
let t: TestApp;
let admin: Client & { username: string };
let coordinator: Client & { username: string };

const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) }';
const UPDATE = 'mutation($i: UserChangeInput!) { updateUser(input: $i) }';
const VERSION = '{ users { username version } }';

beforeAll(async () => {
  t = await startApp();
  admin = await signedIn(t, 'admin');
  coordinator = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
});
afterAll(async () => {
  await removeWithPrefix(t.graph, `${t.runId}-`);
  await t?.close();
});

/** The same request in Danish, in English and with no language asked. */
async function inEach(client: Client, query: string, variables: Record<string, unknown>) {
  const [da, en, none] = await Promise.all(
    ([{ 'accept-language': 'da' }, { 'accept-language': 'en-GB,en;q=0.9' }, {}] as Record<string, string>[]).map((h) =>
      client.gql(query, variables, h),
    ),
  );
  const first = (r: GqlResult) => r.errors?.[0];
  return { da: first(da!), en: first(en!), none: first(none!) };
}

describe('refusals in the reader’s language', () => {
  it('a bad input names the same field in both languages, its reason in the language asked', async () => {
    const taken = { username: coordinator.username, password: TEST_PASSWORD, role: 'COORDINATOR', districtCode: 'NJY' };
    const r = await inEach(admin, CREATE, { i: taken });
    for (const e of [r.da, r.en, r.none]) expect(e?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    expect(r.da?.message).toBe('username: er allerede i brug');
    expect(r.da?.extensions?.reason).toBe('er allerede i brug');
    expect(r.en?.message).toBe('username: is already taken');
    expect(r.en?.extensions?.reason).toBe('is already taken');
    expect(r.none?.message).toBe('username: is already taken');

    const weak = { username: `${t.runId}-weak`.toLowerCase(), password: 'kort', role: 'COORDINATOR', districtCode: 'NJY' };
    const p = await inEach(admin, CREATE, { i: weak });
    expect(p.da?.extensions).toMatchObject({ field: 'password', reason: expect.stringContaining('skal være mindst 12 tegn') });
    expect(p.en?.extensions).toMatchObject({ field: 'password', reason: expect.stringContaining('must be at least 12 characters') });
  });

  it('a miss names the thing in the language asked', async () => {
    const missing = `${t.runId}-nobody`.toLowerCase();
    const r = await inEach(admin, UPDATE, { i: { username: missing, version: 1, fullName: 'Ingen' } });
    for (const e of [r.da, r.en]) expect(e?.extensions).toMatchObject({ code: 'NOT_FOUND', id: missing });
    expect(r.da?.message).toBe(`Brugeren "${missing}" findes ikke`);
    expect(r.en?.message).toBe(`User "${missing}" was not found`);
  });

  it('a conflict and a refused change explain themselves in the language asked', async () => {
    const { users } = await admin.ok<{ users: { username: string; version: number }[] }>(VERSION);
    const version = users.find((u) => u.username === coordinator.username)!.version;
    const stale = await inEach(admin, UPDATE, {
      i: { username: coordinator.username, version: version + 5, title: 'Vicepolitiinspektør' },
    });
    for (const e of [stale.da, stale.en]) expect(e?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(stale.da?.message).toMatch(/^Brugeren er ændret, siden du læste den \(version \d+, nu \d+\): genindlæs og prøv igen$/);
    expect(stale.en?.message).toMatch(/^The user changed since you read it/);

    const self = await inEach(admin, UPDATE, { i: { username: admin.username, version: 1, role: 'COORDINATOR', districtCode: 'NJY' } });
    expect(self.da?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role', reason: 'du kan ikke ændre din egen rolle' });
    expect(self.en?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role', reason: 'you cannot change your own role' });
  });

  it('a limit and a refused role, and the rule that the higher-weighted language wins', async () => {
    const limit = await inEach(coordinator, '{ auditLog(first: 501) { actor } }', {});
    // a coordinator may not read the audit log: FORBIDDEN names the role in both languages
    expect(limit.da?.extensions?.code).toBe('FORBIDDEN');
    expect(limit.da?.message).toBe('Rollen coordinator må ikke gøre dette');
    expect(limit.en?.message).toBe('The role coordinator may not do this');
    const capped = await admin.gql('{ auditLog(first: 501) { actor } }', {}, { 'accept-language': 'en;q=0.4, da;q=0.8' });
    expect(capped.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 500, asked: 501 });
    expect(capped.errors?.[0]?.message).toBe('first er begrænset til 500 (der blev bedt om 501)');
  });

  it('a REST refusal carries its message in the language asked, its status and code unchanged', async () => {
    const get = (lang?: string) =>
      fetch(`${t.url}/api/reports/not-a-document`, {
        headers: {
          authorization: `Bearer ${coordinator.token}`,
          'x-opspor-purpose': encodeURIComponent('Socialsøg-screening'),
          ...(lang ? { 'accept-language': lang } : {}),
        },
      });
    const [da, en] = await Promise.all([get('da'), get('en')]);
    expect([da.status, en.status]).toEqual([404, 404]);
    expect(await da.json()).toMatchObject({ code: 'NOT_FOUND', message: 'Bed om <underretnings-id>.pdf eller <underretnings-id>.html' });
    expect(await en.json()).toMatchObject({ code: 'NOT_FOUND', message: 'Ask for <report id>.pdf or <report id>.html' });
  });

  it('a body that is not JSON is refused in the language asked, before any request context exists', async () => {
    const post = (lang: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: '{ nej',
      });
    const [da, en] = await Promise.all([post('da'), post('en')]);
    expect([da.status, en.status]).toEqual([400, 400]);
    expect(await da.json()).toEqual({
      errors: [{ message: 'Anmodningens indhold er ikke gyldig JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(await en.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });
});
