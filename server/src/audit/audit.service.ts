import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { currentRequestId } from '../common/request-context.js';
import { GraphService } from '../graph/graph.service.js';
import { rootLogger } from '../logging/logger.js';
import type { Principal } from '../auth/principal.js';
import { ChainVerifier, GENESIS_HASH, entryHash, type AuditEntry, type ChainProblem, type ChainedEntry } from './audit-chain.js';

export interface AuditRecord {
  actor: Pick<Principal, 'id' | 'role'> | { id: string; role: string };
  operation: string;
  personIds?: string[];
  purpose?: string | null;
  outcome?: 'ok' | 'denied' | 'failed';
  detail?: Record<string, unknown>;
}

interface PendingEntry {
  entry: Omit<AuditEntry, 'seq'>;
  resolve: (seq: number) => void;
  reject: (error: Error) => void;
}

/** An audit entry as admins read it. */
export type AuditEventView = AuditEntry;

/** The append-only, hash-chained audit log. If an entry cannot be written, the caller's data is not returned. */
@Injectable()
export class AuditService {
  private queue: PendingEntry[] = [];
  private flushing: Promise<void> | null = null;

  constructor(@Inject(GraphService) private readonly graph: GraphService) {}

  /**
   * Appends an entry and resolves with its sequence number once it is committed. Entries that
   * arrive while a group is being written go into the next group (group commit): the chain has
   * one head, so one transaction per group keeps concurrent requests from queueing on its lock.
   */
  record(record: AuditRecord, now: Date = new Date()): Promise<number> {
    const entry: Omit<AuditEntry, 'seq'> = {
      at: now.toISOString(),
      actor: record.actor.id,
      role: record.actor.role,
      operation: record.operation,
      personIds: [...new Set(record.personIds ?? [])].sort(),
      purpose: record.purpose ?? null,
      requestId: currentRequestId() ?? null,
      outcome: record.outcome ?? 'ok',
      detail: record.detail ? JSON.stringify(record.detail) : null,
    };
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.flushing) return;
    this.flushing = this.flush().finally(() => {
      this.flushing = null;
      if (this.queue.length > 0) this.kick();
    });
  }

  private async flush(): Promise<void> {
    const group = this.queue.splice(0, 500);
    try {
      const seqs = await this.graph.writeTx(async (tx) => {
        const [head] = await tx.run<{ seq: number; hash: string }>('audit/lock-head', { genesis: GENESIS_HASH });
        let seq = head?.seq ?? 0;
        let prevHash = head?.hash ?? GENESIS_HASH;
        const events: ChainedEntry[] = group.map(({ entry }) => {
          seq += 1;
          const full: AuditEntry = { ...entry, seq };
          const chained: ChainedEntry = { ...full, prevHash, hash: entryHash(full, prevHash) };
          prevHash = chained.hash;
          return chained;
        });
        await tx.run('audit/append-batch', { events, lastSeq: seq, lastHash: prevHash });
        return events.map((e) => e.seq);
      });
      group.forEach((pending, i) => pending.resolve(seqs[i]!));
    } catch (error) {
      rootLogger.error({ err: error, entries: group.length }, 'audit write failed');
      for (const pending of group) pending.reject(new AppError('AUDIT_UNAVAILABLE', 'audit write failed'));
    }
  }

  /**
   * Reads the chain up to its head (as it was when the check began) page by page; the first
   * problem found, or undefined when intact. Entries appended meanwhile are left for the next check.
   */
  async verify(): Promise<{ checked: number; problem: ChainProblem | undefined }> {
    const [head] = await this.graph.read<{ seq: number | null; hash: string | null }>('audit/head');
    const untilSeq = head?.seq ?? 0;
    const verifier = new ChainVerifier();
    let afterSeq = 0;
    for (;;) {
      const rows = await this.graph.read<{ event: ChainedEntry }>('audit/chain', { afterSeq, untilSeq, limit: 5000 });
      for (const { event } of rows) {
        if (!verifier.add({ ...event, personIds: event.personIds ?? [] })) break;
      }
      if (verifier.problem || rows.length < 5000) break;
      afterSeq = rows[rows.length - 1]!.event.seq;
    }
    const problem = verifier.finish(head?.seq != null && head.hash != null ? { seq: head.seq, hash: head.hash } : undefined);
    return { checked: verifier.checked, problem };
  }

  async search(filter: {
    actor?: string | null;
    operation?: string | null;
    personId?: string | null;
    from?: string | null;
    to?: string | null;
    beforeSeq?: number | null;
    limit: number;
  }): Promise<AuditEventView[]> {
    const rows = await this.graph.read<{ event: AuditEventView }>('audit/search', {
      actor: filter.actor ?? null,
      operation: filter.operation ?? null,
      personId: filter.personId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      beforeSeq: filter.beforeSeq ?? null,
      limit: filter.limit,
    });
    return rows.map((r) => ({ ...r.event, personIds: r.event.personIds ?? [] }));
  }

  async personLookups(personId: string): Promise<AuditEventView[]> {
    const rows = await this.graph.read<{ event: AuditEventView }>('audit/person-lookups', { personId });
    return rows.map((r) => ({ ...r.event, personIds: [personId], purpose: r.event.purpose ?? null, requestId: null, detail: null }));
  }
}
