// Issue 16: the audit page names who acted: a user by full name (the username beside it), an API
// key by its name, the system and the command line as such, and an unknown account as unknown.
// Names come from one look-up per page; the audit log's read is recorded as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { GraphService } from '../../server/src/graph/graph.service.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { createNamedApiKey } from '../support/api-keys.js';
import { removeApiKeysNamed, removeWithPrefix } from '../support/data.js';

let t: TestApp;
let P: string;
let admin: Client & { username: string };

const LOG = `query($actor: String) { auditLog(actor: $actor, first: 20) { seq actor actorKind actorName role operation } }`;
interface Entry {
  seq: number;
  actor: string;
  actorKind: string;
  actorName: string | null;
  role: string;
  operation: string;
}

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-aan-`;
  admin = await signedIn(t, 'admin');
});
afterAll(async () => {
  await removeApiKeysNamed(t.graph, P);
  await removeWithPrefix(t.graph, `${t.runId}-`);
  await t?.close();
});

const log = async (actor: string) => (await admin.ok<{ auditLog: Entry[] }>(LOG, { actor })).auditLog;

describe('audit entries name who acted', () => {
  it('a user by full name, the username kept as actor; reading the log is still recorded', async () => {
    const analyst = await signedIn(t, 'analyst');
    const { users } = await admin.ok<{ users: { username: string; version: number }[] }>('{ users { username version } }');
    const version = users.find((u) => u.username === analyst.username)!.version;
    await admin.ok('mutation($i: UserChangeInput!) { updateUser(input: $i) }', {
      i: { username: analyst.username, version, fullName: 'Karen Testesen Holm' },
    });
    const entries = await log(analyst.username);
    expect(entries.length).toBeGreaterThan(0); // its sign-in at least
    for (const e of entries) expect(e).toMatchObject({ actor: analyst.username, actorKind: 'USER', actorName: 'Karen Testesen Holm' });

    // the admin's own read of the log is recorded, and names the admin (no full name: null, the username stands)
    const audit = t.app.get(AuditService);
    const [read] = await audit.search({ actor: admin.username, operation: 'auditLog', limit: 1 });
    expect(JSON.parse(read!.detail!)).toMatchObject({ actor: analyst.username });
    const own = (await log(admin.username)).find((e) => e.seq === read!.seq);
    expect(own).toMatchObject({ actorKind: 'USER', actorName: null, role: 'admin' });
  });

  it('an API key by its name, an unknown account, the system and the command line', async () => {
    const audit = t.app.get(AuditService);
    const keyId = await createNamedApiKey(admin, `${P}Kommunens dataudtræk`);
    const unknown = `${P}ingen-saadan`;
    const cli = `cli:${P}ops`;
    await audit.record({ actor: { id: keyId, role: 'api-client' }, operation: 'runSavedQuery' });
    await audit.record({ actor: { id: `${P}gone-key`, role: 'api-client' }, operation: 'runSavedQuery' });
    await audit.record({ actor: { id: unknown, role: 'unknown' }, operation: 'signIn', outcome: 'denied' });
    await audit.record({ actor: { id: cli, role: 'admin' }, operation: 'runScan' });
    expect(await log(keyId)).toEqual([expect.objectContaining({ actorKind: 'API_KEY', actorName: `${P}Kommunens dataudtræk` })]);
    expect(await log(`${P}gone-key`)).toEqual([expect.objectContaining({ actorKind: 'UNKNOWN', actorName: null })]);
    expect(await log(unknown)).toEqual([expect.objectContaining({ actorKind: 'UNKNOWN', actorName: null, role: 'unknown' })]);
    expect(await log(cli)).toEqual([expect.objectContaining({ actorKind: 'CLI', actorName: null })]);
    // the server's own work (retention) has the role system, whatever its id
    await audit.record({ actor: { id: `${P}retention`, role: 'system' }, operation: 'retentionPurge' });
    expect(await log(`${P}retention`)).toEqual([expect.objectContaining({ actorKind: 'SYSTEM', actorName: null })]);
  });

  it('names a page of many actors with one look-up', async () => {
    const graph = t.app.get(GraphService);
    const reads: string[] = [];
    const original = graph.read.bind(graph);
    graph.read = ((name: string, ...rest: unknown[]) => {
      reads.push(name);
      return (original as (...a: unknown[]) => unknown)(name, ...rest);
    }) as typeof graph.read;
    try {
      const { auditLog } = await admin.ok<{ auditLog: Entry[] }>('{ auditLog(first: 200) { actor actorKind actorName } }');
      expect(new Set(auditLog.map((e) => e.actor)).size).toBeGreaterThan(2);
    } finally {
      graph.read = original;
    }
    expect(reads.filter((r) => r === 'audit/actor-names')).toHaveLength(1);
  });
});
