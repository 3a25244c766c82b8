import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('rate limiter', () => {
  it('allows the limit in a window, refuses the next, and opens again in the next window', () => {
    const limiter = new RateLimiter(3, 60_000);
    for (let i = 0; i < 3; i += 1) limiter.take('u', 1000 + i);
    expect(() => limiter.take('u', 1010)).toThrow(/at most 3 a minute/);
    expect(() => limiter.take('other', 1010)).not.toThrow();
    expect(() => limiter.take('u', 61_000)).not.toThrow();
  });
});
