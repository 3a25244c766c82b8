import { todayInCopenhagen } from '@opspor/contract';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { RetentionService } from './retention.service.js';

const HOUR_MS = 3_600_000;

/** Time and timers for the scheduler: the system's, or a controllable one in tests. */
export interface Ticker {
  now(): Date;
  every(ms: number, fn: () => void): { stop(): void };
}

export const RETENTION_TICKER = Symbol('RETENTION_TICKER');

export const SYSTEM_TICKER: Ticker = {
  now: () => new Date(),
  every: (ms, fn) => {
    const timer = setInterval(fn, ms);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  },
};

/** The calendar day in Copenhagen: retention runs once per Danish day. */
export function copenhagenDay(at: Date): string {
  return todayInCopenhagen(at);
}

/**
 * Runs retention at boot and then once a day: an hourly tick runs it when the Copenhagen day has
 * changed since the last successful run (a failed run is tried again at the next tick).
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer: { stop(): void } | undefined;
  private lastDay: string | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(RetentionService) private readonly retention: Pick<RetentionService, 'purge'>,
    @Inject(RETENTION_TICKER) private readonly ticker: Ticker,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'NODE_ENV'>,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    this.start();
  }

  onApplicationShutdown(): void {
    this.timer?.stop();
  }

  start(): void {
    this.timer = this.ticker.every(HOUR_MS, () => void this.tick());
    void this.tick();
  }

  /** One tick: runs retention unless it already ran on this Copenhagen day (or is running). */
  tick(): Promise<void> {
    if (this.running) return this.running;
    const now = this.ticker.now();
    const day = copenhagenDay(now);
    if (this.lastDay === day) return Promise.resolve();
    this.running = this.retention
      .purge(now)
      .then(() => {
        this.lastDay = day;
      })
      .catch((e: unknown) =>
        this.logger.error(`retention failed, tried again at the next tick: ${e instanceof Error ? e.message : String(e)}`),
      )
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
