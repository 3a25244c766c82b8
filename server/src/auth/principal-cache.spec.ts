import { describe, expect, it } from 'vitest';
import type { Principal } from './principal.js';
import { PrincipalCache } from './principal-cache.js';

const analyst: Principal = { kind: 'user', id: 'ana', role: 'analyst', districtCode: null, municipalityCode: null, queryScope: null };

describe('PrincipalCache', () => {
  it('keeps a user for its TTL only, on a controllable clock', () => {
    let now = 1_000;
    const cache = new PrincipalCache(5_000, () => now);
    cache.set('ana', 3, analyst);
    expect(cache.get('ana', 3)).toEqual(analyst);
    now += 4_999;
    expect(cache.get('ana', 3)).toEqual(analyst);
    now += 1;
    expect(cache.get('ana', 3)).toBeUndefined();
    // gone for good: not back when the clock is set back
    now = 1_000;
    expect(cache.get('ana', 3)).toBeUndefined();
  });

  it('never answers for another session version, and forgets a user at once', () => {
    const cache = new PrincipalCache(5_000, () => 0);
    cache.set('ana', 3, analyst);
    expect(cache.get('ana', 4)).toBeUndefined();
    expect(cache.get('ana', 3)).toBeUndefined(); // a newer token was seen: the entry went with it
    cache.set('ana', 4, analyst);
    cache.forget('ana');
    expect(cache.get('ana', 4)).toBeUndefined();
  });

  it('stays bounded', () => {
    const cache = new PrincipalCache(5_000, () => 0, 3);
    for (const name of ['a', 'b', 'c', 'd']) cache.set(name, 1, { ...analyst, id: name });
    expect(cache.get('d', 1)?.id).toBe('d');
    expect(['a', 'b', 'c'].filter((n) => cache.get(n, 1)).length).toBeLessThan(3);
  });
});
