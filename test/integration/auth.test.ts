import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLField,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { APP_CONFIG } from '../../server/src/config/config.token.js';
import type { AppConfig } from '../../server/src/config/config.schema.js';
import { entryHash } from '../../server/src/audit/audit-chain.js';
import { TokenService } from '../../server/src/auth/token.service.js';
import { PrincipalCache } from '../../server/src/auth/principal-cache.js';
import { CausalBookmarks } from '../../server/src/graph/causal-bookmarks.js';
import { GraphService } from '../../server/src/graph/graph.service.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { flagIdFor, recheckAt } from '../support/flags.js';
import { Client, TEST_PASSWORD, signedIn, startApp, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { readTest, removeWithPrefix } from '../support/data.js';

let t: TestApp;
let P: string;
beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

/** Every root operation of the schema with dummy arguments, as a request document. */
function allOperations(): { name: string; kind: 'query' | 'mutation'; document: string; variables: Record<string, unknown> }[] {
  const schema = t.app.get(GraphQLSchemaHost).schema;
  const out: { name: string; kind: 'query' | 'mutation'; document: string; variables: Record<string, unknown> }[] = [];
  const dummy = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return dummy(type.ofType);
    if (isListType(type)) return [];
    if (isInputObjectType(type)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) if (isNonNullType(field.type)) value[field.name] = dummy(field.type);
      return value;
    }
    if (isEnumType(type)) return type.getValues()[0]?.name; // the wire name (MUNICIPAL_ADMIN), not the stored value
    if (isScalarType(type))
      return { Int: 1, Float: 1, Boolean: false, Date: '2026-01-01', DateTime: '2026-01-01T00:00:00Z' }[type.name] ?? 'x';
    return null;
  };
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      const args = field.args as readonly GraphQLArgument[];
      const variables: Record<string, unknown> = {};
      for (const arg of args) variables[arg.name] = dummy(arg.type);
      const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
      out.push({
        name: field.name,
        kind,
        variables,
        document: `${kind}${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
      });
    }
  }
  return out;
}

const PUBLIC = new Set(['signIn']);

describe('every operation is behind the guard', () => {
  it('refuses every non-public operation without a token, with an expired token and with a tampered token', async () => {
    const tokens = t.app.get(TokenService);
    const admin = await signedIn(t, 'admin');
    const expired = tokens.issue(admin.username, 'admin', 1, new Date(Date.now() - 2 * 3600_000)).token;
    const [head, body] = admin.token!.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString()) as Record<string, unknown>;
    const tampered = `${head}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin', sub: 'someone-else' })).toString('base64url')}.${admin.token!.split('.')[2]}`;
    const operations = allOperations();
    expect(operations.length).toBeGreaterThan(10);
    for (const credentials of [undefined, expired, tampered, 'not-a-token']) {
      const client = new Client(t.url);
      client.token = credentials;
      for (const op of operations.filter((o) => !PUBLIC.has(o.name))) {
        const result = await client.gql(op.document, op.variables);
        expect({ op: op.name, code: result.errors?.[0]?.extensions?.code }).toEqual({ op: op.name, code: 'UNAUTHENTICATED' });
        expect(result.data?.[op.name as keyof typeof result.data] ?? null).toBeNull();
      }
    }
  });

  it('declares an access rule on every operation (none falls through to "no access rule")', async () => {
    const admin = await signedIn(t, 'admin');
    for (const op of allOperations()) {
      const result = await admin.gql(op.document, op.variables);
      expect({ op: op.name, message: result.errors?.[0]?.message ?? 'ok' }).not.toEqual({
        op: op.name,
        message: 'This operation has no access rule',
      });
    }
  });

  it('refuses wrong roles: an analyst cannot ingest, scan or manage users; a coordinator cannot read the audit log', async () => {
    const analyst = await signedIn(t, 'analyst');
    for (const doc of ['mutation { runScan { asOf } }', 'mutation { ingest(jsonl: "{}") { records } }', '{ users { username } }']) {
      expect((await analyst.gql(doc)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const coordinator = await signedIn(t, 'coordinator');
    expect((await coordinator.gql('{ auditLog(first: 5) { seq } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('sign-in', () => {
  it('sets an HttpOnly SameSite cookie that works as a session, and sign-out ends it', async () => {
    const user = await signedIn(t, 'analyst');
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { expiresAt } }',
        variables: { u: user.username, p: TEST_PASSWORD },
      }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^opspor_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = cookie.split(';')[0]!;
    const me = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session },
      body: JSON.stringify({ query: '{ me { username role } }' }),
    });
    expect(((await me.json()) as { data: { me: { username: string } } }).data.me.username).toBe(user.username);
    await user.ok('mutation { signOut }');
    expect((await user.gql('{ me { username } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a sign-out or deactivation made elsewhere (another API instance) takes effect within the principal cache TTL', async () => {
    const cache = t.app.get(PrincipalCache);
    const realNow = cache.now;
    let now = Date.now();
    cache.now = () => now;
    try {
      for (const revoke of ['sign-out', 'deactivate'] as const) {
        const user = await signedIn(t, 'analyst');
        expect((await user.ok<{ me: { username: string } }>('{ me { username } }')).me.username).toBe(user.username);
        // written straight to Neo4j, as another instance would: this instance is not told
        if (revoke === 'sign-out') await t.graph.write('auth/end-sessions', { username: user.username });
        else {
          const [row] = await t.graph.write<{ ok: boolean }>('auth/admin-change-user', {
            username: user.username,
            version: 0, // a user just created
            changes: { disabled: true },
            revoke: false,
            actor: 'test',
            now: new Date().toISOString(),
          });
          expect(row?.ok).toBe(true);
        }
        now += cache.ttlMs - 1; // still inside the window: the cached user answers
        expect((await user.gql('{ me { username } }')).data).toBeTruthy();
        now += 1; // the TTL has passed: Neo4j is asked again and says no
        expect((await user.gql('{ me { username } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        now += cache.ttlMs * 10; // and it stays refused
        expect((await user.gql('{ me { username } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    } finally {
      cache.now = realNow;
    }
    expect(cache.ttlMs).toBeLessThanOrEqual(10_000);
  });

  it('locks the account after repeated failures, and says the same for unknown users and wrong passwords', async () => {
    const user = await signedIn(t, 'analyst');
    const anon = new Client(t.url);
    const attempt = (u: string, p: string) =>
      anon.gql('mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }', { u, p });
    const unknown = await attempt(`${P}nobody`, 'Wrong-Password-123');
    const wrong = await attempt(user.username, 'Wrong-Password-123');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    for (let i = 0; i < 4; i += 1) await attempt(user.username, 'Wrong-Password-123');
    // locked: answered like a wrong password, so that the answer does not reveal that the user exists
    const locked = await attempt(user.username, TEST_PASSWORD);
    expect(locked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(locked.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('enforces password rules when users are created', async () => {
    const admin = await signedIn(t, 'admin');
    const create = (password: string) =>
      admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) }', {
        i: { username: `${P}new`.toLowerCase(), password, role: 'ANALYST' },
      });
    expect((await create('short')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await create('alllowercaseletters')).errors?.[0]?.message).toMatch(/three of/);
  });

  it('property: any malformed sign-in input is refused with UNAUTHENTICATED and nothing else leaks', async () => {
    const anon = new Client(t.url);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), async (u, p) => {
        const result = await anon.gql('mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }', { u, p });
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(result.errors?.[0]?.message).toBe('Wrong username or password');
        expect(JSON.stringify(result)).not.toMatch(/at |\.ts|neo4j|Cypher/);
      }),
      { numRuns: 30, seed: 3 },
    );
  });
});

describe('purpose and scoping', () => {
  async function flaggedFamily(): Promise<RecordBuilder> {
    const b = new RecordBuilder(`${P}fam${Math.random().toString(36).slice(2, 6)}-`);
    b.person('mor', 'F', '1985-05-05').person('barn', 'F', '2015-09-09').address('hjem');
    b.lives('mor', 'hjem', '2014-01-01').lives('barn', 'hjem', '2015-09-09').parent('mor', 'barn');
    for (let i = 0; i < 3; i += 1) b.case('vold', `2024-0${i + 1}-10`, [['mor', 'charged']]);
    await t.app.get(IngestService).writer.writeTrusted(b.records);
    await recheckAt(t, [b.id('mor')], '2025-03-01');
    return b;
  }

  it('requires a stated purpose to read a flag, and accepts a journal number or a configured reason', async () => {
    const b = await flaggedFamily();
    const coordinator = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    const query = 'query($id: String!) { flag(id: $id) { id } }';
    coordinator.purpose = undefined;
    expect((await coordinator.gql(query, { id: flagIdFor(b.id('barn')) })).errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
    coordinator.purpose = 'curiosity';
    const bad = await coordinator.gql(query, { id: flagIdFor(b.id('barn')) });
    expect(bad.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
    expect(bad.errors?.[0]?.message).toMatch(/journal number/);
    coordinator.purpose = '5100-80120-00042-25';
    expect((await coordinator.ok<{ flag: { id: string } }>(query, { id: flagIdFor(b.id('barn')) })).flag.id).toBe(flagIdFor(b.id('barn')));
    coordinator.purpose = 'Opfølgning på underretning';
    expect((await coordinator.ok<{ flag: { id: string } }>(query, { id: flagIdFor(b.id('barn')) })).flag.id).toBe(flagIdFor(b.id('barn')));
  });

  it('property: a purpose header is either a journal number or a configured reason', async () => {
    const b = await flaggedFamily();
    const coordinator = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), async (purpose) => {
        const valid =
          /^\d{4}-\d{5}-\d{5}-\d{2}$/.test(purpose.trim()) ||
          [
            'Socialsøg-screening',
            'Opfølgning på underretning',
            'Tilbud om tidlig støtte',
            'Kvalitetskontrol',
            'Aktindsigt (registreret)',
          ].includes(purpose.trim());
        coordinator.purpose = purpose;
        const result = await coordinator.gql('query($id: String!) { flag(id: $id) { id } }', { id: flagIdFor(b.id('barn')) });
        if (valid) expect(result.errors).toBeUndefined();
        else expect(result.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
      }),
      { numRuns: 30, seed: 11 },
    );
  });

  it('logs a coordinator’s attempt to read another district’s flag, and answers as for a missing one', async () => {
    const b = await flaggedFamily();
    const other = await signedIn(t, 'coordinator', { districtCode: 'FYN' });
    const result = await other.gql('query($id: String!) { flag(id: $id) { id } }', { id: flagIdFor(b.id('barn')) });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const entries = await t.app.get(AuditService).search({ actor: other.username, limit: 10 });
    expect(entries.find((e) => e.operation === 'flag')).toMatchObject({ outcome: 'denied', purpose: 'Socialsøg-screening' });
  });
});

describe('audit', () => {
  it('records every read of person data with who, role, purpose and the persons, before returning it', async () => {
    const b = new RecordBuilder(`${P}aud-`);
    b.person('mor', 'F', '1985-05-05').person('barn', 'F', '2015-09-09').address('hjem');
    b.lives('mor', 'hjem', '2014-01-01').lives('barn', 'hjem', '2015-09-09').parent('mor', 'barn');
    for (let i = 0; i < 3; i += 1) b.case('vold', `2024-0${i + 1}-10`, [['mor', 'charged']]);
    await t.app.get(IngestService).writer.writeTrusted(b.records);
    await recheckAt(t, [b.id('mor')], '2025-03-01');
    const analyst = await signedIn(t, 'analyst');
    await analyst.ok('query($id: String!) { flag(id: $id) { id } }', { id: flagIdFor(b.id('barn')) });
    const [entry] = await t.app.get(AuditService).search({ actor: analyst.username, operation: 'flag', limit: 1 });
    expect(entry).toMatchObject({ role: 'analyst', purpose: 'Socialsøg-screening', outcome: 'ok' });
    expect(entry?.personIds).toEqual(expect.arrayContaining([b.id('mor'), b.id('barn')]));
    expect(entry?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const lookups = await t.app.get(AuditService).personLookups(b.id('barn'));
    expect(lookups.some((l) => l.actor === analyst.username && l.purpose === 'Socialsøg-screening')).toBe(true);
  });

  it('returns no data when the audit write fails', async () => {
    const b = new RecordBuilder(`${P}fail-`);
    b.person('mor', 'F', '1985-05-05').person('barn', 'F', '2015-09-09').address('hjem');
    b.lives('mor', 'hjem', '2014-01-01').lives('barn', 'hjem', '2015-09-09').parent('mor', 'barn');
    for (let i = 0; i < 3; i += 1) b.case('vold', `2024-0${i + 1}-10`, [['mor', 'charged']]);
    await t.app.get(IngestService).writer.writeTrusted(b.records);
    await recheckAt(t, [b.id('mor')], '2025-03-01');
    const analyst = await signedIn(t, 'analyst');
    const graph = t.app.get(GraphService);
    // the audit append: one guarded round trip after this process's first, the locked transaction before
    const spy = vi.spyOn(graph, 'writeTx').mockRejectedValueOnce(new Error('disk full'));
    const once = vi.spyOn(graph, 'writeOnce').mockRejectedValueOnce(new Error('disk full'));
    try {
      const result = await analyst.gql('query($id: String!) { flag(id: $id) { id members { name } } }', { id: flagIdFor(b.id('barn')) });
      expect(result.errors?.[0]?.extensions?.code).toBe('AUDIT_UNAVAILABLE');
      expect(result.data ?? null).toBeNull();
      expect(JSON.stringify(result)).not.toMatch(/disk full|Test mor/);
    } finally {
      spy.mockRestore();
      once.mockRestore();
    }
  });

  it('keeps one unbroken chain when another writer moves the head between this process’s appends', async () => {
    const audit = t.app.get(AuditService);
    // a second writer on the same chain, as a CLI or a second API instance is
    const other = new AuditService(t.app.get(GraphService), t.app.get<AppConfig>(APP_CONFIG));
    const actor = { id: `${P}two-writers`, role: 'admin' };
    const graph = t.app.get(GraphService);
    const guarded = vi.spyOn(graph, 'writeOnce');
    const locked = vi.spyOn(graph, 'writeTx');
    let seqs: number[];
    let outcomes: number[];
    try {
      const first = await audit.record({ actor, operation: 'test', detail: { step: 1 } });
      const moved = await other.record({ actor, operation: 'test', detail: { step: 2 } });
      const after = await audit.record({ actor, operation: 'test', detail: { step: 3 } }); // its known head is stale now
      await audit.record({ actor, operation: 'test', detail: { step: 4 } });
      expect(moved).toBeGreaterThan(first);
      expect(after).toBeGreaterThan(moved);
      const both = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? audit : other).record({ actor, operation: 'test', detail: { burst: i } })),
      );
      seqs = [first, moved, after, ...both];
      outcomes = await Promise.all(guarded.mock.results.map(async (r) => ((await r.value) as { written: number }[])[0]!.written));
      expect(locked).toHaveBeenCalled();
    } finally {
      guarded.mockRestore();
      locked.mockRestore();
    }
    // appends in one round trip happened, and so did guarded appends against a moved head that wrote
    // nothing (each followed by the locked append)
    expect(outcomes.some((w) => w > 0)).toBe(true);
    expect(outcomes.some((w) => w === 0)).toBe(true);
    expect(new Set(seqs).size).toBe(43);
    expect((await audit.verify()).problem).toBeUndefined();
    const written = await audit.search({ actor: actor.id, limit: 100 });
    expect(written).toHaveLength(44);
    expect(written.map((e) => e.seq)).toEqual(expect.arrayContaining(seqs));
  });

  it('keeps one unbroken chain under concurrent writes (group commit)', async () => {
    const audit = t.app.get(AuditService);
    const seqs = await Promise.all(
      Array.from({ length: 60 }, (_, i) => audit.record({ actor: { id: `${P}burst`, role: 'admin' }, operation: 'test', detail: { i } })),
    );
    expect(new Set(seqs).size).toBe(60);
    expect((await audit.verify()).problem).toBeUndefined();
  });

  it('the verifier finds an edited, a deleted and an inserted entry', async () => {
    const audit = t.app.get(AuditService);
    for (let i = 0; i < 3; i += 1) await audit.record({ actor: { id: `${P}verifier`, role: 'admin' }, operation: 'test', detail: { i } });
    expect((await audit.verify()).problem).toBeUndefined();
    const [last] = await audit.search({ actor: `${P}verifier`, limit: 1 });
    const seq = last!.seq;

    await readTest(t.graph, 'audit-tamper', { seq, mode: 'edit' });
    expect((await audit.verify()).problem).toEqual({ kind: 'edited', seq });
    await readTest(t.graph, 'audit-tamper', { seq, mode: 'restore' });
    expect((await audit.verify()).problem).toBeUndefined();

    await readTest(t.graph, 'audit-hide', { seq: seq - 1, hide: true });
    expect((await audit.verify()).problem).toEqual({ kind: 'missing', seq: seq - 1 });
    await readTest(t.graph, 'audit-hide', { seq: seq - 1, hide: false });
    expect((await audit.verify()).problem).toBeUndefined();

    // an inserted entry: a forged one in the place of seq, with a self-consistent hash but the wrong predecessor
    const forged = {
      seq,
      at: new Date().toISOString(),
      actor: 'forger',
      role: 'admin',
      operation: 'test',
      personIds: [],
      purpose: null,
      requestId: null,
      outcome: 'ok',
      detail: null,
    };
    const prevHash = 'f'.repeat(64);
    await readTest(t.graph, 'audit-swap', { seq, forged: { ...forged, prevHash, hash: entryHash(forged, prevHash) } });
    expect((await audit.verify()).problem).toEqual({ kind: 'inserted', seq });
    await readTest(t.graph, 'audit-unswap', { seq });
    expect((await audit.verify()).problem).toBeUndefined();
  });
});

describe('GraphQL hardening', () => {
  it('masks errors: a stable code and a request id, never a stack, a driver message or Cypher', async () => {
    const analyst = await signedIn(t, 'analyst');
    const graph = t.app.get(GraphService);
    const spy = vi
      .spyOn(graph, 'read')
      .mockRejectedValueOnce(new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n) RETURN n at line 1'));
    try {
      const result = await analyst.gql('{ riskRules { id } }');
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL', requestId: expect.any(String) });
      expect(result.errors?.[0]?.message).toBe('Internal error');
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses queries that are too deep or use too many aliases, and batched requests', async () => {
    const analyst = await signedIn(t, 'analyst');
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { username }`).join(' ');
    expect((await analyst.gql(`{ ${aliases} }`)).errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst.token}` },
      body: JSON.stringify([{ query: '{ me { username } }' }, { query: '{ me { username } }' }]),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it('blocks cross-site form posts (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`, { method: 'GET' });
    expect(res.status).toBe(400);
  });
});

// Read-your-writes on a cluster: every session a signed-in caller's request opens carries that
// caller's bookmark manager (the ingest writer's and GraphService's alike), so a read after the
// caller's own write waits for it on a secondary. A single Neo4j always has the write, so the
// tests check the wiring on the real driver: who gets which bookmarks, and that they are sent.
const INGEST = 'mutation($jsonl: String!) { ingest(jsonl: $jsonl) { records } }';
const PERSON = 'query($id: ID!) { person(id: $id) { id name } }';

describe('causal consistency bookmarks', () => {
  it("a caller's ingest leaves its bookmark with that caller only, and the caller's next read sends it", async () => {
    const admin = await signedIn(t, 'admin');
    const other = await signedIn(t, 'analyst');
    const bookmarks = t.app.get(CausalBookmarks);
    const mine = bookmarks.for(`user:${admin.username}`);
    const theirs = bookmarks.for(`user:${other.username}`);
    expect([...(await theirs.getBookmarks())]).toEqual([]);

    const b = new RecordBuilder(P).person('anna', 'F', '1990-04-01');
    const jsonl = b.records.map((r) => JSON.stringify(r)).join('\n');
    await admin.ok(INGEST, { jsonl });
    const afterWrite = [...(await mine.getBookmarks())];
    expect(afterWrite.length).toBeGreaterThan(0);
    // the other caller's reads do not wait for the admin's write
    expect([...(await theirs.getBookmarks())]).toEqual([]);

    const asked = vi.spyOn(mine, 'getBookmarks');
    const answer = await admin.ok<{ person: { name: string } }>(PERSON, { id: b.id('anna') });
    expect(answer.person.name).toBe('Test anna');
    expect(asked).toHaveBeenCalled();
    // the read began from the write's bookmark (a read adds none of its own)
    const sent = await asked.mock.results[0]!.value;
    expect([...(sent as Iterable<string>)]).toEqual(afterWrite);
    asked.mockRestore();
  });

  it('requests without a signed-in caller, and work outside requests, use no caller bookmarks', async () => {
    const bookmarks = t.app.get(CausalBookmarks);
    expect(bookmarks.current()).toBeUndefined();
    const anon = new Client(t.url);
    const before = [...(await bookmarks.for('user:undefined').getBookmarks())];
    expect((await anon.gql('{ me { username } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect([...(await bookmarks.for('user:undefined').getBookmarks())]).toEqual(before);
  });

  it('keeps at most its cap of callers, dropping the least recently used', () => {
    const bookmarks = new CausalBookmarks(2);
    const a = bookmarks.for('a');
    bookmarks.for('b');
    expect(bookmarks.for('a')).toBe(a);
    bookmarks.for('c'); // b is the least recently used
    expect(bookmarks.for('a')).toBe(a);
    const b2 = bookmarks.for('b');
    expect(b2).not.toBe(a);
  });
});
