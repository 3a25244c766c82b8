// Issue 14 item 6: the audit chain cannot be quietly rewritten. Entries are HMACs under a key the
// database does not hold; signed checkpoints live in a file outside the database. Each attack runs
// inside a Neo4j transaction that is rolled back, and is verified through that transaction: the
// shared chain other tests rely on is never changed.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManagedTransaction, Session, Transaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblem, entryHash, signCheckpoint, type ChainedEntry } from '../../server/src/audit/audit-chain.js';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { cypherChainReader, verifyAuditChain, type ChainReader } from '../../server/src/audit/verify-chain.js';
import { APP_CONFIG } from '../../server/src/config/config.token.js';
import { auditKey, type AppConfig } from '../../server/src/config/config.schema.js';
import { CypherRegistry } from '../../server/src/graph/cypher-registry.js';
import { GraphTx } from '../../server/src/graph/graph.service.js';
import { startApp, type TestApp } from '../support/app.js';
import { testCypher } from '../support/data.js';

let t: TestApp;
let audit: AuditService;
const EVERY = 10;

beforeAll(async () => {
  const saved = process.env.OPSPOR_AUDIT_CHECKPOINT_EVERY;
  process.env.OPSPOR_AUDIT_CHECKPOINT_EVERY = String(EVERY);
  try {
    t = await startApp();
  } finally {
    if (saved === undefined) delete process.env.OPSPOR_AUDIT_CHECKPOINT_EVERY;
    else process.env.OPSPOR_AUDIT_CHECKPOINT_EVERY = saved;
  }
  audit = t.app.get(AuditService);
});
afterAll(async () => {
  await t.close();
});

/** Runs `attack` in a transaction, verifies the chain as that transaction sees it, and rolls back. */
async function underAttack(attack: (tx: GraphTx, product: GraphTx) => Promise<void>): Promise<Awaited<ReturnType<AuditService['verify']>>> {
  const session: Session = t.graph.driver.session();
  const raw: Transaction = session.beginTransaction({ timeout: 60_000 });
  try {
    const tx = new GraphTx(raw as unknown as ManagedTransaction, t.app.get(CypherRegistry));
    const forTest = new GraphTx(raw as unknown as ManagedTransaction, testCypher);
    await attack(forTest, tx);
    const reader: ChainReader = cypherChainReader((name, params) => tx.run(name, params));
    return await audit.verify(reader);
  } finally {
    await raw.rollback();
    await session.close();
  }
}

async function ownEntries(n: number): Promise<number[]> {
  const seqs: number[] = [];
  for (let i = 0; i < n; i += 1)
    seqs.push(await audit.record({ actor: { id: `${t.runId}-audit`, role: 'admin' }, operation: 'test', detail: { i } }));
  return seqs;
}

describe('the audit chain', () => {
  it('writes signed checkpoints to the file outside the database as entries are appended', async () => {
    const before = readFileSync(audit.checkpointFile, 'utf8').trim().split('\n').length;
    const seqs = await ownEntries(EVERY * 2 + 1);
    await audit.checkpoint();
    const lines = readFileSync(audit.checkpointFile, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(before + 2);
    const last = JSON.parse(lines.at(-1)!) as { seq: number; hash: string; mac: string };
    expect(last.seq).toBeGreaterThanOrEqual(seqs.at(-1)!);
    expect(last.mac).toMatch(/^[0-9a-f]{64}$/);
    expect(await audit.verify()).toEqual({ checked: expect.any(Number), problem: undefined });
  });

  it('an entry rewritten and every later hash recomputed (without the key) is found', async () => {
    const seqs = await ownEntries(5);
    await audit.checkpoint();
    const target = seqs[0]!;
    for (const guessedKey of [undefined, 'a-guessed-key-a-guessed-key-0000000']) {
      const result = await underAttack(async (tx, product) => {
        const [head] = await product.run<{ seq: number }>('audit/head');
        const headSeq = head!.seq;
        const rows = await product.run<{ event: ChainedEntry }>('audit/chain', { afterSeq: target - 1, untilSeq: headSeq, limit: 1000 });
        const entries = rows.map(({ event }) => ({ ...event, personIds: event.personIds ?? [] }));
        let prevHash = entries[0]!.prevHash;
        const forged = entries.map((e, i) => {
          const edited = { ...e, detail: i === 0 ? JSON.stringify({ rewritten: true }) : e.detail };
          const hash = entryHash(edited, prevHash, guessedKey);
          const out = { ...edited, prevHash, hash };
          prevHash = hash;
          return out;
        });
        await tx.run('audit-forge-range', { events: forged, headSeq, headHash: prevHash });
      });
      expect(result.problem, String(guessedKey)).toEqual({ kind: 'edited', seq: target });
    }
    expect((await audit.verify()).problem).toBeUndefined();
  });

  it('a tail of 30 entries deleted and the head moved back is reported as truncated', async () => {
    await ownEntries(31);
    await audit.checkpoint();
    const result = await underAttack(async (tx, product) => {
      const [head] = await product.run<{ seq: number }>('audit/head');
      await tx.run('audit-cut-tail', { fromSeq: head!.seq - 29 });
    });
    expect(result.problem?.kind).toBe('truncated');
    expect(describeProblem(result.problem!, audit.checkpointFile)).toMatch(/tail was cut off/);
    expect((await audit.verify()).problem).toBeUndefined();
  });

  it('an entry past the head is tampering, and auditLog does not show it', async () => {
    let shown: unknown[] = [];
    const result = await underAttack(async (tx, product) => {
      await tx.run('audit-plant-beyond', { actor: `${t.runId}-planted` });
      shown = await product.run('audit/search', {
        actor: `${t.runId}-planted`,
        operation: null,
        personId: null,
        from: null,
        to: null,
        beforeSeq: null,
        limit: 10,
      });
    });
    expect(result.problem?.kind).toBe('beyond-head');
    expect(shown).toEqual([]);
  });

  it('moving the keyed-from mark (to pass rewritten entries off as old unkeyed ones) is found', async () => {
    const result = await underAttack(async (tx) => {
      await tx.run('audit-move-mark', { keyedFrom: 1_000_000_000 });
    });
    expect(result.problem?.kind).toBe('unkeyed');
  });

  it('a checkpoint line not signed with the key is reported', async () => {
    const key = auditKey(t.app.get<AppConfig>(APP_CONFIG));
    const lines = readFileSync(audit.checkpointFile, 'utf8').split('\n');
    const forged = JSON.stringify({ seq: 1, hash: '0'.repeat(64), at: new Date().toISOString(), mac: 'f'.repeat(64) });
    const reader = cypherChainReader((name, params) => t.graph.read(name, params));
    expect((await verifyAuditChain(reader, key, [...lines, forged])).problem?.kind).toBe('forged-checkpoint');
    expect((await verifyAuditChain(reader, 'another-key-another-key-another-key', lines)).problem?.kind).toMatch(
      /forged-checkpoint|unkeyed/,
    );
  });

  it('npm run audit:verify exits 1 and says TAMPERED when the signed checkpoints show a longer chain', async () => {
    const cli = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'dist', 'cli', 'audit-verify.js');
    expect(existsSync(cli), 'npm test builds the server first').toBe(true);
    const key = auditKey(t.app.get<AppConfig>(APP_CONFIG));
    const dir = mkdtempSync(join(tmpdir(), 'opspor-audit-'));
    const run = (file: string) =>
      new Promise<{ code: number; out: string }>((done) => {
        execFile(
          'node',
          [cli],
          { env: { ...process.env, OPSPOR_AUDIT_CHECKPOINT_FILE: file, LOG_LEVEL: 'error' } },
          (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
        );
      });
    try {
      // this file's own copy of the real checkpoints: nothing shared is changed
      const copy = join(dir, 'checkpoints.jsonl');
      writeFileSync(copy, readFileSync(audit.checkpointFile));
      const intact = await run(copy);
      expect(intact.out).toMatch(/audit log intact/);
      expect(intact.code).toBe(0);
      // a signed checkpoint of an entry the chain no longer reaches: what a cut-off tail leaves behind
      const [head] = await t.graph.read<{ seq: number; hash: string }>('audit/head');
      const beyond = signCheckpoint(key, head!.seq + 1000, 'a'.repeat(64), new Date().toISOString());
      writeFileSync(copy, `${readFileSync(copy, 'utf8')}${JSON.stringify(beyond)}\n`);
      const cut = await run(copy);
      expect(cut.code).toBe(1);
      expect(cut.out).toMatch(/audit log TAMPERED: the chain ends before entry \d+, which existed .*tail was cut off/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
