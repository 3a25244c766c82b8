import { describe, expect, it } from 'vitest';
import { KeyTable, U32List, hash32, hash64 } from './key-table.js';

describe('KeyTable', () => {
  it('keeps the first line, value and payload of each key through growth', () => {
    const table = new KeyTable(16);
    for (let i = 1; i <= 50_000; i += 1) expect(table.add(hash64(`person "p-${i}"`), i, i * 7, -i)).toBeUndefined();
    expect(table.size).toBe(50_000);
    for (const i of [1, 777, 50_000]) expect(table.get(hash64(`person "p-${i}"`))).toEqual({ line: i, value: (i * 7) >>> 0, payload: -i });
    expect(table.has(hash64('person "p-50001"'))).toBe(false);
  });

  it('answers a key sent again with the entry of its first line and does not add it', () => {
    const table = new KeyTable();
    table.add(hash64('address "a1"'), 3, hash32('{"x":1}'));
    expect(table.add(hash64('address "a1"'), 9, hash32('{"x":2}'))).toEqual({ line: 3, value: hash32('{"x":1}'), payload: 0 });
    expect(table.size).toBe(1);
  });

  it('refuses line 0 (the empty-slot mark)', () => {
    expect(() => new KeyTable().add(hash64('k'), 0, 0)).toThrow(RangeError);
  });
});

describe('hash64', () => {
  it('gives 200,000 similar keys distinct 64-bit hashes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i += 1) {
      const [hi, lo] = hash64(`residence personId=p-${i} addressId=a-${i % 997} from=2020-01-01`);
      seen.add(`${hi}:${lo}`);
    }
    expect(seen.size).toBe(200_000);
  }, 60_000);
});

describe('U32List', () => {
  it('grows and keeps what was pushed', () => {
    const list = new U32List();
    for (let i = 0; i < 5000; i += 1) list.push(i, i * 2);
    expect(list.length).toBe(10_000);
    expect([list.at(0), list.at(9998), list.at(9999)]).toEqual([0, 4999, 9998]);
  });
});
