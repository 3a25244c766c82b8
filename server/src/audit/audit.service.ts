import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { currentRequestId } from '../common/request-context.js';
import { APP_CONFIG } from '../config/config.token.js';
import { auditKey, type AppConfig } from '../config/config.schema.js';
import { auditCheckpointFile } from '../config/paths.js';
import { GraphService } from '../graph/graph.service.js';
import { rootLogger } from '../logging/logger.js';
import type { Principal } from '../auth/principal.js';
import type { AuditActorKind } from './models/audit-event.model.js';
import {
  GENESIS_HASH,
  entryHash,
  keyedFromText,
  mac,
  macMatches,
  signCheckpoint,
  type AuditEntry,
  type ChainProblem,
  type ChainedEntry,
} from './audit-chain.js';
import { cypherChainReader, verifyAuditChain, type ChainReader } from './verify-chain.js';

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

/** The chain's head: its last entry's number and hash, and the entry keyed hashes start from. */
interface ChainHead {
  seq: number;
  hash: string;
  keyedFrom: number;
}

interface Appended {
  seqs: number[];
  head: ChainHead;
}

/** A person an audit entry names: null name when the person is gone (deleted by retention). */
export interface AuditPersonView {
  id: string;
  name: string | null;
}

/** An audit entry as admins read it. */
export type AuditEventView = AuditEntry;

/** An audit entry as the admin's search returns it: with its persons named. */
export type AuditSearchView = AuditEventView & { persons: AuditPersonView[] };

/** Who an audit entry's actor is, as a person reads it. */
export interface AuditActor {
  kind: AuditActorKind;
  name: string | null;
}

function actorOf(
  actor: string,
  role: string,
  row: { isUser: boolean; fullName: string | null; keyName: string | null } | undefined,
): AuditActor {
  if (role === 'api-client') return { kind: row?.keyName != null ? 'api-key' : 'unknown', name: row?.keyName ?? null };
  if (role === 'system') return { kind: 'system', name: null };
  if (actor.startsWith('cli:')) return { kind: 'cli', name: null };
  if (row?.isUser) return { kind: 'user', name: row.fullName?.trim() || null };
  return { kind: 'unknown', name: null };
}

/**
 * The append-only, hash-chained audit log. If an entry cannot be written, the caller's data is not
 * returned. Entries are HMACs under a key the database does not hold; signed checkpoints (seq and
 * hash) go to an append-only file outside the database, so neither a rewritten chain nor a cut-off
 * tail verifies.
 */
@Injectable()
export class AuditService implements OnApplicationShutdown {
  private queue: PendingEntry[] = [];
  private flushing: Promise<void> | null = null;
  /** the head this process wrote last (null: unknown, read it under the lock) */
  private head: ChainHead | null = null;
  private readonly key: string;
  readonly checkpointFile: string;
  private lastCheckpoint = { seq: -1, at: 0 };
  private checkpointWrites: Promise<void> = Promise.resolve();

  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = auditKey(config);
    this.checkpointFile = auditCheckpointFile(config);
  }

  /**
   * Boot: keys the chain from its next entry on if it is not keyed yet (the migration of a chain
   * written before keys: its entries stay SHA-256 and are sealed by a checkpoint of their head),
   * and writes a checkpoint.
   */
  async prepare(): Promise<void> {
    const head = await this.graph.writeTx(async (tx) => {
      const [h] = await tx.run<{ seq: number; hash: string; keyedFrom: number | null }>('audit/lock-head', { genesis: GENESIS_HASH });
      const current = h ?? { seq: 0, hash: GENESIS_HASH, keyedFrom: null };
      if (current.keyedFrom == null) {
        const keyedFrom = current.seq + 1;
        await tx.run('audit/mark-keyed', { keyedFrom, keyedMac: mac(this.key, keyedFromText(keyedFrom)) });
        if (current.seq > 0)
          rootLogger.warn({ keyedFrom }, 'audit chain keyed from this entry on (earlier entries stay SHA-256, sealed by a checkpoint)');
        return { ...current, keyedFrom };
      }
      return current;
    });
    const [mark] = await this.graph.read<{ keyedMac: string | null }>('audit/head');
    if (!macMatches(this.key, keyedFromText(head.keyedFrom!), mark?.keyedMac)) {
      rootLogger.error('the audit key does not match the audit chain (OPSPOR_AUDIT_KEY changed?): verification will report it');
    }
    await this.checkpoint();
  }

  /** Appends a signed checkpoint of the chain's current head to the checkpoint file. */
  async checkpoint(): Promise<void> {
    const [head] = await this.graph.read<{ seq: number | null; hash: string | null }>('audit/head');
    if (head?.seq == null || head.hash == null) return;
    await this.writeCheckpoint(head.seq, head.hash);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flushing;
    await this.checkpoint().catch((error: unknown) => rootLogger.error({ err: error }, 'audit checkpoint at shutdown failed'));
  }

  private writeCheckpoint(seq: number, hash: string): Promise<void> {
    this.lastCheckpoint = { seq, at: Date.now() };
    const line = `${JSON.stringify(signCheckpoint(this.key, seq, hash, new Date().toISOString()))}\n`;
    this.checkpointWrites = this.checkpointWrites
      .then(async () => {
        await mkdir(dirname(this.checkpointFile), { recursive: true });
        await appendFile(this.checkpointFile, line, { flag: 'a', mode: 0o600 });
      })
      .catch((error: unknown) => rootLogger.error({ err: error, file: this.checkpointFile }, 'audit checkpoint could not be written'));
    return this.checkpointWrites;
  }

  /** A checkpoint every OPSPOR_AUDIT_CHECKPOINT_EVERY entries, or after OPSPOR_AUDIT_CHECKPOINT_SECONDS. */
  private afterAppend(seq: number, hash: string): void {
    const due =
      seq - this.lastCheckpoint.seq >= this.config.OPSPOR_AUDIT_CHECKPOINT_EVERY ||
      Date.now() - this.lastCheckpoint.at >= this.config.OPSPOR_AUDIT_CHECKPOINT_SECONDS * 1000;
    if (due) void this.writeCheckpoint(seq, hash);
  }

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
      const { seqs, head } = (this.head && (await this.appendIfHead(this.head, group))) || (await this.appendLocked(group));
      this.head = head;
      group.forEach((pending, i) => pending.resolve(seqs[i]!));
      const last = seqs.at(-1);
      if (last !== undefined) this.afterAppend(last, head.hash);
    } catch (error) {
      this.head = null;
      rootLogger.error({ err: error, entries: group.length }, 'audit write failed');
      for (const pending of group)
        pending.reject(new AppError('AUDIT_UNAVAILABLE', { da: 'revisionsloggen kunne ikke skrives', en: 'audit write failed' }));
    }
  }

  /** The group chained to `head`: sequence numbers from the head's on, each entry hashed over the one before. */
  private chain(head: ChainHead, group: PendingEntry[]): { events: ChainedEntry[]; head: ChainHead } {
    let seq = head.seq;
    let prevHash = head.hash;
    const events = group.map(({ entry }) => {
      seq += 1;
      const full: AuditEntry = { ...entry, seq };
      const chained: ChainedEntry = { ...full, prevHash, hash: entryHash(full, prevHash, seq >= head.keyedFrom ? this.key : undefined) };
      prevHash = chained.hash;
      return chained;
    });
    return { events, head: { seq, hash: prevHash, keyedFrom: head.keyedFrom } };
  }

  /**
   * The common case, in one round trip: the group chained to the head this process wrote last,
   * written only if that is still the chain's head (checked under its lock). Undefined when another
   * writer moved the head meanwhile; nothing was written then.
   */
  private async appendIfHead(known: ChainHead, group: PendingEntry[]): Promise<Appended | undefined> {
    const { events, head } = this.chain(known, group);
    const [row] = await this.graph.writeOnce<{ written: number }>('audit/append-if-head', {
      events,
      expectedSeq: known.seq,
      expectedHash: known.hash,
      lastSeq: head.seq,
      lastHash: head.hash,
    });
    if (!row || row.written === 0) return undefined;
    if (row.written !== events.length) throw new Error(`audit append wrote ${row.written} of ${events.length} entries`);
    return { seqs: events.map((e) => e.seq), head };
  }

  /** The group appended under the chain's lock, read from the database in the same transaction. */
  private appendLocked(group: PendingEntry[]): Promise<Appended> {
    return this.graph.writeTx(async (tx) => {
      const [h] = await tx.run<{ seq: number; hash: string; keyedFrom: number | null }>('audit/lock-head', { genesis: GENESIS_HASH });
      const seq = h?.seq ?? 0;
      let keyedFrom = h?.keyedFrom ?? null;
      if (keyedFrom == null) {
        // a chain that was never keyed (prepare() did not run, e.g. in a CLI): key it now
        keyedFrom = seq + 1;
        await tx.run('audit/mark-keyed', { keyedFrom, keyedMac: mac(this.key, keyedFromText(keyedFrom)) });
      }
      const { events, head } = this.chain({ seq, hash: h?.hash ?? GENESIS_HASH, keyedFrom }, group);
      // under the lock just taken, the head read is the head: the guarded append always writes here
      await tx.run('audit/append-if-head', {
        events,
        expectedSeq: seq,
        expectedHash: h?.hash ?? GENESIS_HASH,
        lastSeq: head.seq,
        lastHash: head.hash,
      });
      return { seqs: events.map((e) => e.seq), head };
    });
  }

  /**
   * Reads the chain up to its head (as it was when the check began) page by page and checks it
   * against the key and the checkpoint file; the first problem found, or undefined when intact.
   * Entries appended meanwhile are left for the next check. `reader` reads elsewhere (tests).
   */
  async verify(reader?: ChainReader): Promise<{ checked: number; problem: ChainProblem | undefined }> {
    await this.checkpointWrites;
    const lines = await readFile(this.checkpointFile, 'utf8').then(
      (text) => text.split('\n'),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      },
    );
    return verifyAuditChain(reader ?? cypherChainReader((name, params) => this.graph.read(name, params)), this.key, lines);
  }

  async search(filter: {
    actor?: string | null;
    operation?: string | null;
    personId?: string | null;
    from?: string | null;
    to?: string | null;
    beforeSeq?: number | null;
    limit: number;
  }): Promise<AuditSearchView[]> {
    const rows = await this.graph.read<{ event: AuditSearchView }>('audit/search', {
      actor: filter.actor ?? null,
      operation: filter.operation ?? null,
      personId: filter.personId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      beforeSeq: filter.beforeSeq ?? null,
      limit: filter.limit,
    });
    return rows.map((r) => ({ ...r.event, personIds: r.event.personIds ?? [], persons: r.event.persons ?? [] }));
  }

  /** Who each actor is (one look-up for a page's distinct actors): kind and, when known, a name. */
  async actorNames(entries: readonly { actor: string; role: string }[]): Promise<Map<string, AuditActor>> {
    const actors = [...new Set(entries.map((e) => e.actor))];
    const rows =
      actors.length === 0
        ? []
        : await this.graph.read<{ actor: string; isUser: boolean; fullName: string | null; keyName: string | null }>('audit/actor-names', {
            actors,
          });
    const found = new Map(rows.map((r) => [r.actor, r]));
    const out = new Map<string, AuditActor>();
    for (const { actor, role } of entries) {
      if (out.has(actor)) continue;
      const row = found.get(actor);
      out.set(actor, actorOf(actor, role, row));
    }
    return out;
  }

  async personLookups(personId: string): Promise<AuditEventView[]> {
    const rows = await this.graph.read<{ event: AuditEventView }>('audit/person-lookups', { personId });
    return rows.map((r) => ({ ...r.event, personIds: [personId], purpose: r.event.purpose ?? null, requestId: null, detail: null }));
  }
}
