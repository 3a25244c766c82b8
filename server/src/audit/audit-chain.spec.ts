import { describe, expect, it } from 'vitest';
import { ChainVerifier, GENESIS_HASH, entryHash, type AuditEntry, type ChainedEntry } from './audit-chain.js';

/** n entries; those from `keyedFrom` on are HMACs under `key` (a chain migrated to a key). */
function chain(n: number, key?: string, keyedFrom = 1): ChainedEntry[] {
  const out: ChainedEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const entry: AuditEntry = {
      seq,
      at: `2026-01-0${seq}T10:00:00.000Z`,
      actor: 'a',
      role: 'admin',
      operation: 'op',
      personIds: [`p${seq}`],
      purpose: null,
      requestId: null,
      outcome: 'ok',
      detail: null,
    };
    const hash = entryHash(entry, prev, key !== undefined && seq >= keyedFrom ? key : undefined);
    out.push({ ...entry, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

const verify = (entries: ChainedEntry[], head = { seq: entries.at(-1)?.seq ?? 0, hash: entries.at(-1)?.hash ?? GENESIS_HASH }) => {
  const v = new ChainVerifier();
  for (const e of entries) if (!v.add(e)) break;
  return v.finish(head);
};

describe('audit hash chain', () => {
  it('accepts an intact chain', () => expect(verify(chain(5))).toBeUndefined());
  it('finds an edited entry', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, personIds: ['someone-else'] };
    expect(verify(c)).toEqual({ kind: 'edited', seq: 3 });
  });
  it('finds a missing entry', () => {
    const c = chain(5);
    const head = { seq: 5, hash: c[4]!.hash };
    expect(verify([...c.slice(0, 1), ...c.slice(2)], head)).toEqual({ kind: 'missing', seq: 2 });
  });
  it('finds an inserted entry even with a self-consistent hash', () => {
    const c = chain(5);
    const forged: AuditEntry = { ...c[3]!, actor: 'forger' };
    c[3] = { ...forged, prevHash: 'f'.repeat(64), hash: entryHash(forged, 'f'.repeat(64)) };
    expect(verify(c)).toEqual({ kind: 'inserted', seq: 4 });
  });
  it('finds a chain cut short at the end', () => {
    const c = chain(5);
    expect(verify(c.slice(0, 3), { seq: 5, hash: c[4]!.hash })).toEqual({ kind: 'truncated', seq: 4 });
  });
});

describe('keyed audit chain', () => {
  const KEY = 'unit-test-audit-key-unit-test-audit-key';
  const verifyKeyed = (entries: ChainedEntry[], key: string, keyedFrom: number) => {
    const v = new ChainVerifier(key, keyedFrom);
    for (const e of entries) if (!v.add(e)) break;
    return v.finish({ seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });
  };

  it('accepts a migrated chain: unkeyed entries before the mark, HMACs from it on', () => {
    expect(verifyKeyed(chain(6, KEY, 4), KEY, 4)).toBeUndefined();
  });

  it('refuses a keyed chain recomputed without the key, or with another key', () => {
    expect(verifyKeyed(chain(6), KEY, 1)).toEqual({ kind: 'edited', seq: 1 });
    expect(verifyKeyed(chain(6, 'another-key-another-key-another-key'), KEY, 1)).toEqual({ kind: 'edited', seq: 1 });
  });

  it('refuses unkeyed entries past the mark', () => {
    expect(verifyKeyed(chain(6, KEY, 5), KEY, 4)).toEqual({ kind: 'edited', seq: 4 });
  });
});
