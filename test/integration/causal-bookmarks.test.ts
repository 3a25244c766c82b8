import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CausalBookmarks } from '../../server/src/graph/causal-bookmarks.js';
import { Client, signedIn, startApp, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { removeWithPrefix } from '../support/data.js';

// Read-your-writes on a cluster: every session a signed-in caller's request opens carries that
// caller's bookmark manager (the ingest writer's and GraphService's alike), so a read after the
// caller's own write waits for it on a secondary. A single Neo4j always has the write, so the
// tests check the wiring on the real driver: who gets which bookmarks, and that they are sent.
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
