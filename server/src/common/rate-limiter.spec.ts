import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows the limit at once, then one more as each token refills, per key', () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 3; i += 1) expect(limiter.take('a', 3, 0).ok).toBe(true);
    const refused = limiter.take('a', 3, 0);
    expect(refused).toEqual({ ok: false, retryAfterMs: 20_000 });
    expect(limiter.take('b', 3, 0).ok).toBe(true);
    expect(limiter.take('a', 3, 19_999).ok).toBe(false);
    expect(limiter.take('a', 3, 40_000).ok).toBe(true);
  });

  it('allows the limit in a minute, refuses the next, and opens again a minute later', () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 3; i += 1) expect(limiter.take('u', 3, 1000 + i).ok).toBe(true);
    expect(limiter.take('u', 3, 1010).ok).toBe(false);
    expect(limiter.take('other', 3, 1010).ok).toBe(true);
    expect(limiter.take('u', 3, 61_000).ok).toBe(true);
  });

  it('starts afresh after forget', () => {
    const limiter = new RateLimiter();
    limiter.take('a', 1, 0);
    expect(limiter.take('a', 1, 0).ok).toBe(false);
    limiter.forget('a');
    expect(limiter.take('a', 1, 0).ok).toBe(true);
  });
});
