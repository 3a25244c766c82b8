import { describe, expect, it } from 'vitest';
import { RetentionScheduler, copenhagenDay, type Ticker } from './retention.scheduler.js';

/** A clock the test moves by hand; `every` hands back the tick function instead of a timer. */
class ManualTicker implements Ticker {
  tick: (() => void) | undefined;
  interval = 0;
  constructor(private at: Date) {}
  now(): Date {
    return new Date(this.at);
  }
  every(ms: number, fn: () => void): { stop(): void } {
    this.interval = ms;
    this.tick = fn;
    return { stop: () => (this.tick = undefined) };
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

const HOUR = 3_600_000;

function setup(fail: (run: number) => boolean = () => false) {
  const ticker = new ManualTicker(new Date('2025-03-01T10:30:00Z'));
  const runs: string[] = [];
  const retention = {
    purge: async (now?: Date) => {
      runs.push((now ?? new Date()).toISOString());
      if (fail(runs.length)) throw new Error('database unavailable');
      return {} as never;
    },
  };
  const scheduler = new RetentionScheduler(retention, ticker, { NODE_ENV: 'development' });
  return { ticker, runs, scheduler };
}

describe('retention schedule', () => {
  it('runs at boot, then once per Copenhagen day across 30 days of hourly ticks', async () => {
    const { ticker, runs, scheduler } = setup();
    scheduler.start();
    await scheduler.tick(); // the boot run is in flight; this waits for it
    expect(runs).toHaveLength(1);
    expect(ticker.interval).toBe(HOUR);
    for (let h = 0; h < 30 * 24; h++) {
      ticker.advance(HOUR);
      ticker.tick?.();
      await scheduler.tick();
    }
    expect(runs).toHaveLength(31);
    const days = runs.map((r) => copenhagenDay(new Date(r)));
    expect(new Set(days).size).toBe(31);
    // each daily run happens at the first tick of the Danish day (midnight Copenhagen = 23:30 UTC here)
    expect(runs[1]).toBe('2025-03-01T23:30:00.000Z');
    scheduler.onApplicationShutdown();
    expect(ticker.tick).toBeUndefined();
  });

  it('tries a failed run again at the next tick, and never runs twice at once', async () => {
    const { ticker, runs, scheduler } = setup((n) => n === 1);
    scheduler.start();
    await scheduler.tick();
    expect(runs).toHaveLength(1); // failed
    ticker.advance(HOUR);
    await Promise.all([scheduler.tick(), scheduler.tick(), scheduler.tick()]);
    expect(runs).toHaveLength(2); // retried once, not three times
    ticker.advance(HOUR);
    await scheduler.tick();
    expect(runs).toHaveLength(2); // same day, already done
  });

  it('does not start in tests', () => {
    const ticker = new ManualTicker(new Date('2025-03-01T10:30:00Z'));
    const scheduler = new RetentionScheduler({ purge: async () => ({}) as never }, ticker, { NODE_ENV: 'test' });
    scheduler.onApplicationBootstrap();
    expect(ticker.tick).toBeUndefined();
  });
});
