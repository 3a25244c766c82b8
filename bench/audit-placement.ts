// Where should a read's audit entry be written? Measures, on the bench's database (run after
// `npm run bench -- --only api`, which leaves it loaded; start it with the same OPSPOR_BENCH_* variables):
//   group  — the read in a READ transaction, then the audit entry through AuditService's group commit
//            (what the API does: entries arriving together share one write transaction);
//   same-tx — the read and the audit append in one WRITE transaction (the chain head's lock is held
//            while the family is read, so requests queue on it).
// Both are fail-closed: no entry, no data. 16 concurrent workers, each request a different person of
// the fixed typical-family sample. A benchmark: it prints figures and asserts nothing.
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { kinSample } from './api.js';

const root = resolve(import.meta.dirname, '..');
const port = process.env.OPSPOR_BENCH_BOLT_PORT ?? '7688';
Object.assign(process.env, {
  NEO4J_URI: `bolt://127.0.0.1:${port}`,
  NEO4J_USERNAME: 'neo4j',
  NEO4J_PASSWORD: 'bench-password-local',
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  OPSPOR_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-42',
  OPSPOR_CLOCK_DATE: '2026-06-01',
  OPSPOR_SCAN_INTERVAL_HOURS: '0',
});
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 8);
const AS_OF = '2026-06-01';

// the built server (npm run build -w server), as bench/run.ts uses it: Nest's decorators need tsc
const dist = (p: string) => join(root, 'server', 'dist', p);
const { createApp } = (await import(dist('app.factory.js'))) as typeof import('../server/src/app.factory.js');
const { GraphService } = (await import(dist('graph/graph.service.js'))) as typeof import('../server/src/graph/graph.service.js');
const { AuditService } = (await import(dist('audit/audit.service.js'))) as typeof import('../server/src/audit/audit.service.js');
const { CypherRegistry } = (await import(dist('graph/cypher-registry.js'))) as typeof import('../server/src/graph/cypher-registry.js');
const { GENESIS_HASH, entryHash } = (await import(dist('audit/audit-chain.js'))) as typeof import('../server/src/audit/audit-chain.js');
const { auditKey } = (await import(dist('config/config.schema.js'))) as typeof import('../server/src/config/config.schema.js');

const { app, config } = await createApp();
await app.init();
const graph = app.get(GraphService);
const audit = app.get(AuditService);
const key = auditKey(config);
const sample = await kinSample(graph.driver, app.get(CypherRegistry), 1000, 19_000);
const actor = { id: 'bench-audit-placement', role: 'analyst' };
const params = (personId: string) => ({
  personId,
  asOf: AS_OF,
  depth: 2,
  cap: 500,
  householdLimit: 40,
  districtCode: null,
  dates: [AS_OF],
});
type FamilyRow = { persons: { id: string }[] };

async function group(personId: string): Promise<void> {
  const [row] = await graph.read<FamilyRow>('people/family', params(personId));
  await audit.record({ actor, operation: 'family', personIds: row!.persons.map((p) => p.id), purpose: 'bench' });
}

async function sameTx(personId: string): Promise<void> {
  await graph.writeTx(async (tx) => {
    const [row] = await tx.run<FamilyRow>('people/family', params(personId));
    const [head] = await tx.run<{ seq: number; hash: string; keyedFrom: number | null }>('audit/lock-head', { genesis: GENESIS_HASH });
    const seq = head!.seq + 1;
    const entry = {
      seq,
      at: new Date().toISOString(),
      actor: actor.id,
      role: actor.role,
      operation: 'family',
      personIds: [...new Set(row!.persons.map((p) => p.id))].sort(),
      purpose: 'bench',
      requestId: null,
      outcome: 'ok',
      detail: null,
    };
    const hash = entryHash(entry, head!.hash, head!.keyedFrom != null && seq >= head!.keyedFrom ? key : undefined);
    await tx.run('audit/append-if-head', {
      events: [{ ...entry, prevHash: head!.hash, hash }],
      expectedSeq: head!.seq,
      expectedHash: head!.hash,
      lastSeq: seq,
      lastHash: hash,
    });
  });
}

function neo4jCpuMs(): number {
  const pid = readFileSync(join(root, '.neo4j', 'bench', 'launcher.pid'), 'utf8').trim();
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function measure(name: string, request: (id: string) => Promise<void>): Promise<void> {
  let next = 0;
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const cpu0 = process.cpuUsage();
  const neo0 = neo4jCpuMs();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        await request(sample[next++ % sample.length]!);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  const neo = neo4jCpuMs() - neo0;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!);
  console.log(
    JSON.stringify({
      placement: name,
      requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
      p50Ms: at(0.5),
      p95Ms: at(0.95),
      p97_5Ms: at(0.975),
      nodeCpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / latencies.length) * 100) / 100,
      neo4jCpuMsPerRequest: Math.round((neo / latencies.length) * 100) / 100,
      loadAverage: loadavg()[0],
    }),
  );
}

await measure('warm-up', group);
for (let round = 0; round < 2; round += 1) {
  await measure('group', group);
  await measure('same-tx', sameTx);
}
await app.close();
process.exit(0);
