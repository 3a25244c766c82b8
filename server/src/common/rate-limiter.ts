/**
 * A token bucket per key, in memory: `perMinute` requests a minute on average, and at most
 * `perMinute` at once after a quiet spell. Behind a load balancer each API instance counts on
 * its own, so the effective limit is per instance; a shared store (Redis) would make it global.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; capacity: number }>();

  constructor(private readonly maxKeys = 10_000) {}

  /** Takes one token; when none is left, how long until one is. */
  take(key: string, perMinute: number, now: number = Date.now()): { ok: true } | { ok: false; retryAfterMs: number } {
    const rate = perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, at: now, capacity: perMinute };
    const tokens = Math.min(perMinute, bucket.tokens + Math.max(0, now - bucket.at) * rate);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now, capacity: perMinute });
      return { ok: false, retryAfterMs: Math.ceil((1 - tokens) / rate) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now, capacity: perMinute });
    if (this.buckets.size > this.maxKeys) this.prune(now);
    return { ok: true };
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }

  /** Drops buckets that have refilled: they behave like new ones. */
  private prune(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * (b.capacity / 60_000) >= b.capacity) this.buckets.delete(key);
    }
  }
}
