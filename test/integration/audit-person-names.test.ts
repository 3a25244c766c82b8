// Issue 16: the admin's audit page names the persons of each entry (AuditEvent.persons), read in
// the audit search itself; a person since deleted shows as a null name beside the id. The names
// are person data: only an admin reads them, and the read is recorded (auditLogPersons) before
// they are returned, beside the audit search's own entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { AuthService } from '../../server/src/auth/auth.service.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { Client, TEST_PASSWORD, signedIn, startApp, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { removeWithPrefix } from '../support/data.js';

let t: TestApp;
let P: string;

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-apn-`;
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

const AUDIT_LOG = `query($actor: String) { auditLog(actor: $actor, first: 10) { seq operation personIds persons { id name } } }`;
interface Entry {
  seq: number;
  operation: string;
  personIds: string[];
  persons: { id: string; name: string | null }[];
}

describe('audit entries name their persons', () => {
  it('gives each entry its persons with names, in personIds order; a person who is gone has no name; the names read are audited', async () => {
    const b = new RecordBuilder(P);
    b.person('mor', 'F', '1985-05-05').person('barn', 'F', '2015-09-09');
    await t.app.get(IngestService).writer.writeTrusted(b.records);
    const audit = t.app.get(AuditService);
    const actor = `${t.runId}-apn-actor`;
    const gone = b.id('slettet'); // never ingested: as a person deleted by retention looks
    await audit.record({ actor: { id: actor, role: 'analyst' }, operation: 'person', personIds: [b.id('mor'), gone, b.id('barn')] });

    const admin = await signedIn(t, 'admin');
    const { auditLog } = await admin.ok<{ auditLog: Entry[] }>(AUDIT_LOG, { actor });
    expect(auditLog).toHaveLength(1);
    const [entry] = auditLog;
    expect(entry!.personIds).toEqual([b.id('barn'), b.id('mor'), gone].sort());
    expect(entry!.persons).toEqual(
      entry!.personIds.map((id) => ({ id, name: id === gone ? null : id === b.id('mor') ? 'Test mor' : 'Test barn' })),
    );

    // the search is recorded as before (with its filter), and the names shown are recorded with their persons
    const [search] = await audit.search({ actor: admin.username, operation: 'auditLog', limit: 1 });
    expect(JSON.parse(search!.detail!)).toMatchObject({ actor });
    const [names] = await audit.search({ actor: admin.username, operation: 'auditLogPersons', limit: 1 });
    expect(names).toMatchObject({ role: 'admin', outcome: 'ok', personIds: [b.id('barn'), b.id('mor')].sort() });
    expect(names!.seq).toBeGreaterThan(search!.seq);
    // so the data subject's access report shows that an admin saw the name
    const lookups = await audit.personLookups(b.id('mor'));
    expect(lookups.some((l) => l.actor === admin.username && l.operation === 'auditLogPersons')).toBe(true);
    // a person who is gone was not read, so is not recorded as looked up
    expect((await audit.personLookups(gone)).some((l) => l.actor === admin.username)).toBe(false);
  });

  it('a page without persons records no names read', async () => {
    const audit = t.app.get(AuditService);
    const actor = `${t.runId}-apn-nobody`;
    await audit.record({ actor: { id: actor, role: 'admin' }, operation: 'users' });
    const admin = await signedIn(t, 'admin');
    const { auditLog } = await admin.ok<{ auditLog: Entry[] }>(AUDIT_LOG, { actor });
    expect(auditLog.map((e) => e.persons)).toEqual([[]]);
    expect(await audit.search({ actor: admin.username, operation: 'auditLogPersons', limit: 1 })).toEqual([]);
  });

  it('refuses the names to every role but admin, and records nothing of them', async () => {
    const b = new RecordBuilder(`${P}deny-`);
    b.person('far', 'M', '1980-01-01');
    await t.app.get(IngestService).writer.writeTrusted(b.records);
    const audit = t.app.get(AuditService);
    const actor = `${t.runId}-apn-deny`;
    await audit.record({ actor: { id: actor, role: 'analyst' }, operation: 'person', personIds: [b.id('far')] });
    for (const role of ['analyst', 'coordinator', 'caseworker', 'municipal-admin'] as const) {
      const user = await signedIn(t, role, role === 'caseworker' || role === 'municipal-admin' ? { municipalityCode: '851' } : {});
      const result = await user.gql<{ auditLog: Entry[] }>(AUDIT_LOG, { actor });
      expect(result.data?.auditLog ?? null, role).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect(JSON.stringify(result)).not.toContain('Test far');
      expect(await audit.search({ actor: user.username, operation: 'auditLogPersons', limit: 1 }), role).toEqual([]);
    }
  });
});

describe('the header names the user and where they work (Me)', () => {
  const ME = '{ me { username fullName districtCode districtName municipalityCode municipalityName } }';
  const FIELDS = 'username fullName districtCode districtName municipalityCode municipalityName';

  it('gives the full name and the district or municipality by name, at sign-in and after', async () => {
    const username = `${t.runId}-apn-dorte`;
    await t.app.get(AuthService).createUser({
      username,
      password: TEST_PASSWORD,
      role: 'coordinator',
      districtCode: 'NJY',
      municipalityCode: null,
      fullName: 'Dorte Test Dam',
    });
    const client = new Client(t.url);
    const signIn = await client.ok<{ signIn: { token: string; user: Record<string, unknown> } }>(
      `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token user { ${FIELDS} } } }`,
      { u: username, p: TEST_PASSWORD },
    );
    const expected = {
      username,
      fullName: 'Dorte Test Dam',
      districtCode: 'NJY',
      districtName: 'Nordjyllands Politi',
      municipalityCode: null,
      municipalityName: null,
    };
    expect(signIn.signIn.user).toEqual(expected);
    client.token = signIn.signIn.token;
    expect((await client.ok<{ me: unknown }>(ME)).me).toEqual(expected);

    const caseworker = await signedIn(t, 'caseworker', { municipalityCode: '851' });
    expect((await caseworker.ok<{ me: unknown }>(ME)).me).toMatchObject({
      fullName: null,
      municipalityName: 'Aalborg',
      districtName: null,
    });
  });
});
