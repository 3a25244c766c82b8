import { AppError } from './app-error.js';

/**
 * A fixed-window request limit per key (a user or an API key), kept in memory: per API instance,
 * which behind a load balancer multiplies the limit by the instance count (documented).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one request; throws RATE_LIMITED past the limit. */
  take(key: string, now: number = Date.now()): void {
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 50_000) this.prune(now);
      return;
    }
    window.count += 1;
    if (window.count > this.limit) {
      const retryAfterSeconds = Math.ceil((window.start + this.windowMs - now) / 1000);
      throw new AppError('RATE_LIMITED', `Too many requests: at most ${this.limit} a minute. Try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
      });
    }
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
