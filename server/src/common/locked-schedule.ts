import { randomUUID } from 'node:crypto';
import type { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { GraphService } from '../graph/graph.service.js';

export type TickOutcome = 'ran' | 'not-due' | 'locked' | 'failed';

export interface ScheduleStatus {
  lastScanAt: string | null;
  lastScanSummary: string | null;
  lastAttemptAt: string | null;
  lastOutcome: string | null;
  nextDueAt: string | null;
  running: boolean;
  intervalHours: number;
}

const LOCK_HOURS = 6;

/**
 * One check of a scheduled job that several API instances may run (the police weekly scan, the
 * municipal scan): a lock in the database (`ScanLock {id: lockId}`) lets one instance check at a
 * time; the job is due when the last *completed* run started at least one interval ago. Only a
 * completed run moves that time (to its start), so a check that finds nothing due, or a failed
 * run, never pushes the next one away. The job returns a one-line summary.
 */
export async function lockedTick(
  graph: GraphService,
  logger: Logger,
  args: { lockId: string; owner: string; now: Date; intervalHours: number; label: string },
  job: () => Promise<string>,
): Promise<TickOutcome> {
  const { lockId, owner, now, label } = args;
  if (args.intervalHours <= 0) return 'not-due';
  const [lock] = await graph.write<{ taken: boolean; lastScanAt: string | null }>('scan/take-scan-lock', {
    lockId,
    now: now.toISOString(),
    until: new Date(now.getTime() + LOCK_HOURS * 3600_000).toISOString(),
    owner,
  });
  if (!lock?.taken) {
    logger.log(`${label}: skipped, another instance holds the lock`);
    return 'locked';
  }
  let summary: string | null = null;
  let outcome: TickOutcome = 'not-due';
  try {
    const due = !lock.lastScanAt || now.getTime() - Date.parse(lock.lastScanAt) >= args.intervalHours * 3600_000;
    if (!due) return outcome;
    try {
      summary = await job();
      outcome = 'ran';
      logger.log(`${label}: ${summary}`);
    } catch (error) {
      outcome = 'failed';
      logger.error(`${label} failed (${error instanceof Error ? error.message : String(error)}); it is tried again at the next check`);
    }
    return outcome;
  } finally {
    await graph.write('scan/release-scan-lock', {
      lockId,
      owner,
      now: now.toISOString(),
      completedStartedAt: summary !== null ? now.toISOString() : null,
      summary,
      outcome,
    });
  }
}

/** When a scheduled job last completed, how its last attempt went, and when it is due next. */
export async function scheduleStatus(graph: GraphService, lockId: string, intervalHours: number, now: Date): Promise<ScheduleStatus> {
  const [row] = await graph.read<Omit<ScheduleStatus, 'nextDueAt' | 'intervalHours'>>('scan/scan-status', {
    lockId,
    now: now.toISOString(),
  });
  const last = row?.lastScanAt ?? null;
  return {
    lastScanAt: last,
    lastScanSummary: row?.lastScanSummary ?? null,
    lastAttemptAt: row?.lastAttemptAt ?? null,
    lastOutcome: row?.lastOutcome ?? null,
    running: row?.running ?? false,
    intervalHours,
    nextDueAt: intervalHours === 0 ? null : last ? new Date(Date.parse(last) + intervalHours * 3600_000).toISOString() : now.toISOString(),
  };
}

const CHECK_EVERY_MS = 15 * 60_000;

/**
 * A job checked every 15 minutes while the API runs (not in tests, not when the interval is 0);
 * the subclass's tick decides, through lockedTick, whether it is due.
 */
export abstract class ScheduledJob implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly owner = randomUUID();
  private timer: NodeJS.Timeout | undefined;

  protected abstract readonly schedule: { intervalHours: number; nodeEnv: string };

  abstract tick(now?: Date): Promise<unknown>;

  onApplicationBootstrap(): void {
    if (this.schedule.intervalHours === 0 || this.schedule.nodeEnv === 'test') return;
    this.timer = setInterval(() => void this.tick(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
