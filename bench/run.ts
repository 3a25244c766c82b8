// npm run bench [-- --persons N | --million] [--only load,import,reference,ingest,scan,recheck,api,client,addition]
//   [--seconds S] [--addition-persons N]
//
// Benchmarks on a generated population in a Neo4j of its own (port 7688 or OPSPOR_BENCH_BOLT_PORT, data in .neo4j/bench, wiped
// at the start): the population generated as JSON Lines (streaming), loaded by `npm run import` (the
// product's bulk path; the later steps run on it), by the seed loader and the JSONL ingest CLI for
// comparison, raw neo4j-admin import of the same CSV as the reference, the full scan against its
// floor query, the incremental re-check, the API under load on loopback (signed in, audit on) and
// the client's first render in Chromium, and the JSONL ingest of new families into the populated
// database (`addition`: through the ingest CLI's path, batches all or nothing, re-check on). Each step reports its time and peak memory (this process,
// its children and Neo4j). Heap, page cache and the importer's memory follow the machine's memory
// for big runs. Writes bench/results/latest-<size>.{json,md} and the growth table scaling.md.
// A benchmark, not a test: nothing here asserts a speed.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import neo4j from 'neo4j-driver';
import type * as AppFactory from '../server/src/app.factory.js';
import type * as AuthServiceModule from '../server/src/auth/auth.service.js';
import type * as GraphServiceModule from '../server/src/graph/graph.service.js';
import type * as IngestServiceModule from '../server/src/ingest/ingest.service.js';
import type * as FlagsIndex from '../server/src/flags/index.js';
import type * as IngestFileModule from '../server/src/ingest/ingest-file.js';
import type * as IngestEventsModule from '../server/src/ingest/ingest-events.js';
import type { IngestRecord } from '../server/src/ingest/records.js';
import { allFixtureRecords, FAMILIEN_X } from '../seed/src/fixtures/index.js';
import { CYPHER_DIR, loadBatches } from '../seed/src/load/graph-loader.js';
import { generatePopulation } from '../seed/src/population/generate.js';
import { CypherRegistry } from '../server/src/graph/cypher-registry.js';
import { IngestWriter } from '../server/src/ingest/ingest-writer.js';
import { importToolCommand } from '../server/src/ingest/import/import-tool.js';
// @ts-expect-error plain .mjs module shared with the scripts
import { neo4jClasspath } from '../scripts/local-neo4j.mjs';
import { bigFamily } from './big-family.js';
import { measured } from './memory.js';
import { renderMarkdown, renderScaling, resultName, type BenchResults, type StepFigures } from './report.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const persons = flag('--million') ? 1_000_000 : Number(value('--persons') ?? 100_000);
// Above a million the seed loader and the ingest of the whole file take hours: asked for by --only.
const only = new Set(
  (
    value('--only') ??
    (persons > 1_000_000
      ? 'import,reference,scan,recheck,api,client,addition'
      : 'load,import,reference,ingest,scan,recheck,api,client,addition')
  ).split(','),
);
const seconds = Number(value('--seconds') ?? 8);
/** persons of the families the `addition` step ingests into the populated database */
const additionPersons = Number(value('--addition-persons') ?? 10_000);
const SEED = 20_261_123;
const AS_OF = '2026-06-01';
const PASSWORD = 'Bench-Password-2026!';

// The benchmark's own Neo4j: never the development database.
const big = persons >= 500_000;
/** A share of the machine's memory in whole GiB, within bounds (a big run sizes Neo4j from the machine). */
const share = (fraction: number, min: number, max: number) =>
  `${Math.min(max, Math.max(min, Math.floor((totalmem() * fraction) / 2 ** 30)))}g`;
const benchPort = process.env.OPSPOR_BENCH_BOLT_PORT ?? '7688';
const dbEnv: Record<string, string> = {
  OPSPOR_NEO4J_BOLT_PORT: benchPort,
  OPSPOR_NEO4J_HOME: join(root, '.neo4j', 'bench'),
  OPSPOR_NEO4J_HEAP: process.env.OPSPOR_BENCH_HEAP ?? (big ? share(0.2, 2, 31) : '3g'),
  OPSPOR_NEO4J_PAGECACHE: process.env.OPSPOR_BENCH_PAGECACHE ?? (big ? share(0.4, 2, 64) : '2g'),
  // neo4j-admin import runs while the bench's Neo4j is stopped: half the machine for a big run
  OPSPOR_IMPORT_MEMORY: process.env.OPSPOR_BENCH_IMPORT_MEMORY ?? (big ? share(0.5, 2, 64) : '2g'),
  OPSPOR_NEO4J_TX_MEMORY: big ? '4g' : '2g',
  OPSPOR_NEO4J_TX_TIMEOUT: '1800s',
  NEO4J_PASSWORD: 'bench-password-local',
};
Object.assign(process.env, dbEnv, {
  NEO4J_URI: `bolt://127.0.0.1:${benchPort}`,
  NEO4J_USERNAME: 'neo4j',
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  OPSPOR_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-42',
  OPSPOR_CLOCK_DATE: AS_OF,
  OPSPOR_SCAN_INTERVAL_HOURS: '0',
  OPSPOR_RATE_LIMIT_PER_MINUTE: '10000000',
  NEO4J_QUERY_TIMEOUT_MS: '1800000',
  OPSPOR_INGEST_MAX_RECORDS: '100000',
});

function sh(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root, env });
  if (result.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed`);
}

/** A command with inherited output, without blocking this process (the memory sampler keeps running). */
function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit', cwd: root, env });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`${cmd} ${cmdArgs.join(' ')} failed (${code})`))));
  });
}

/** The bench's Neo4j (detached from this process): counted in each step's memory. */
function neo4jPid(): number[] {
  const file = join(dbEnv.OPSPOR_NEO4J_HOME!, 'launcher.pid');
  return existsSync(file) ? [Number(readFileSync(file, 'utf8').trim())] : [];
}

const steps: Record<string, StepFigures> = {};
/** Runs one step, keeping its time and peak memory. */
async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const { result, seconds: took, peakRssMiB } = await measured(neo4jPid, work);
  steps[name] = { seconds: took, peakRssMiB };
  console.log(`${name}: ${took} s, peak ${peakRssMiB} MiB`);
  return result;
}

/**
 * The API in a process of its own, as `npm start` runs it (bench/serve-dist.mjs: plain node on the
 * built server, this process's environment), with two fresh bench users' tokens.
 */
async function serveApi(dist: string): Promise<{ url: string; analyst: string; coordinator: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(root, 'bench', 'serve-dist.mjs'), dist], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = await new Promise<{ url: string; analyst: string; coordinator: string }>((resolveReady, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (line) resolveReady(JSON.parse(line.slice(6)) as { url: string; analyst: string; coordinator: string });
    });
    child.once('exit', (code) => reject(new Error(`the API process exited (${code})`)));
  });
  return {
    ...ready,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGINT');
      await once(child, 'exit');
    },
  };
}

function stopDb(): void {
  spawnSync('node', ['scripts/db.mjs', 'stop'], { stdio: 'inherit', cwd: root, env: process.env });
}

function freshDb(): void {
  spawnSync('node', ['scripts/db.mjs', 'stop'], { stdio: 'inherit', cwd: root, env: process.env });
  rmSync(dbEnv.OPSPOR_NEO4J_HOME!, { recursive: true, force: true });
  sh('node', ['scripts/db.mjs', 'start']);
}

async function server() {
  const dist = (p: string) => join(root, 'server', 'dist', p);
  return {
    factory: (await import(dist('app.factory.js'))) as typeof AppFactory,
    auth: (await import(dist('auth/auth.service.js'))) as typeof AuthServiceModule,
    graph: (await import(dist('graph/graph.service.js'))) as typeof GraphServiceModule,
    ingest: (await import(dist('ingest/ingest.service.js'))) as typeof IngestServiceModule,
    ingestFile: (await import(dist('ingest/ingest-file.js'))) as typeof IngestFileModule,
    events: (await import(dist('ingest/ingest-events.js'))) as typeof IngestEventsModule,
    flags: (await import(dist('flags/index.js'))) as typeof FlagsIndex,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** CPU time (user + system) of the bench's Neo4j so far, in ms (/proc: clock ticks of 10 ms). */
function neo4jCpuMs(): number {
  const [pid] = neo4jPid();
  if (pid === undefined) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** A load's figures from its counts and seconds. */
const loadFigures = (c: { persons: number; relationships: number }, elapsed: number) => ({
  seconds: round(elapsed),
  persons: c.persons,
  relationships: c.relationships,
  personsPerSecond: Math.round(c.persons / elapsed),
  relationshipsPerSecond: Math.round(c.relationships / elapsed),
});

function* populationBatches(): Generator<IngestRecord[]> {
  yield allFixtureRecords();
  yield* generatePopulation({ persons, seed: SEED, endDate: AS_OF });
  yield bigFamily('bench-big-', 500);
}

async function main(): Promise<void> {
  sh('npm', ['run', '-s', 'build', '-w', 'server']);
  if (only.has('client')) sh('npm', ['run', '-s', 'build', '-w', 'client']);
  const s = await server();
  const results: BenchResults = {
    date: new Date().toISOString(),
    persons,
    steps,
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: round(totalmem() / 2 ** 30) },
    neo4j: {
      version: '5.26.30 Community (embedded engine + Bolt)',
      heap: dbEnv.OPSPOR_NEO4J_HEAP!,
      pagecache: dbEnv.OPSPOR_NEO4J_PAGECACHE!,
      importMemory: dbEnv.OPSPOR_IMPORT_MEMORY!,
    },
  };

  const counts = async (graph: InstanceType<typeof s.graph.GraphService>) =>
    (await graph.read<{ persons: number; relationships: number; cases: number }>('bench/counts'))[0]!;

  // 1. the population as JSON Lines, generated unit by unit and streamed to disk (never held whole)
  const reuse = flag('--reuse');
  const jsonlFile = join(root, '.neo4j', `bench-${persons}.jsonl`);
  if (!reuse && (only.has('import') || only.has('reference') || only.has('ingest'))) {
    mkdirSync(dirname(jsonlFile), { recursive: true });
    results.generate = await step('generate', async () => {
      const out = createWriteStream(jsonlFile);
      let records = 0;
      for (const batch of populationBatches()) {
        records += batch.length;
        if (!out.write(batch.map((r) => JSON.stringify(r)).join('\n') + '\n')) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
      return { records, megabytes: Math.round(statSync(jsonlFile).size / 2 ** 20) };
    });
  }

  // 2. generation + load through the seed loader (the old bulk path, for comparison)
  const driver = neo4j.driver(`bolt://127.0.0.1:${benchPort}`, neo4j.auth.basic('neo4j', dbEnv.NEO4J_PASSWORD!));
  const registry = new CypherRegistry(CYPHER_DIR);
  if (!reuse && only.has('load')) {
    freshDb();
    {
      const { app } = await s.factory.createApp(); // schema and reference data first
      await app.close();
    }
    const writer = new IngestWriter(driver, registry, 'neo4j');
    const started = performance.now();
    await step('load', () =>
      loadBatches(writer, populationBatches(), {
        onProgress: (p) =>
          process.stdout.write(`\rload: ${p.records} records, ${Math.round(p.records / (p.elapsedMs / 1000))} records/s   `),
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const { app } = await s.factory.createApp();
    const c = await counts(app.get(s.graph.GraphService));
    await app.close();
    results.load = { ...loadFigures(c, elapsed), cases: c.cases };
    console.log(`\nload: ${JSON.stringify(results.load)}`);
  }

  // 3. npm run import into an emptied database: the product's bulk path; the later steps run on it
  const importDir = join(root, '.neo4j', `import-${benchPort}`);
  const importReport = join(root, '.neo4j', `bench-import-${persons}.json`);
  if (!reuse && only.has('import')) {
    stopDb();
    rmSync(dbEnv.OPSPOR_NEO4J_HOME!, { recursive: true, force: true });
    const started = performance.now();
    await step('import', () => run('node', ['scripts/cli.mjs', 'import', jsonlFile, '--keep-csv', '--report-json', importReport]));
    const elapsed = (performance.now() - started) / 1000;
    const r = JSON.parse(readFileSync(importReport, 'utf8')) as {
      persons: number;
      relationships: number;
      checkSeconds: number;
      convertSeconds: number;
      importToolSeconds: number;
      startAndSchemaSeconds: number;
    };
    results.importCommand = {
      ...loadFigures(r, elapsed),
      checkSeconds: round(r.checkSeconds),
      convertSeconds: round(r.convertSeconds),
      importToolSeconds: round(r.importToolSeconds),
      startAndSchemaSeconds: round(r.startAndSchemaSeconds),
    };
    console.log(`import command: ${JSON.stringify(results.importCommand)}`);
  } else {
    sh('node', ['scripts/db.mjs', 'start']);
  }
  const { app } = await s.factory.createApp();
  await app.init();
  const graph = app.get(s.graph.GraphService);
  const scans = app.get(s.flags.ScreeningService);

  // 4. full scan, and its floor
  if (only.has('scan')) {
    const floorStarted = performance.now();
    await graph.read('bench/floor', {}, 1_800_000);
    const floor = (performance.now() - floorStarted) / 1000;
    const scanStarted = performance.now();
    const scan = await step('scan', () => scans.run({ asOf: AS_OF }));
    const elapsed = (performance.now() - scanStarted) / 1000;
    results.scan = {
      seconds: round(elapsed),
      floorSeconds: round(floor, 2),
      ratioToFloor: round(elapsed / floor),
      clusters: scan.clusters,
      flagged: scan.hits.length,
    };
    console.log(`scan: ${JSON.stringify(results.scan)}`);
  }

  // 5. incremental re-check after one new case (through ingest, as in production)
  if (only.has('recheck')) {
    const [row] = await graph.read<{ personIds: string[] }>('bench/recheck-candidates', { asOf: AS_OF, count: 60 });
    const ingest = app.get(s.ingest.IngestService);
    const recheckMs: number[] = [];
    const ingestMs: number[] = [];
    let i = 0;
    for (const personId of (row?.personIds ?? []).filter(Boolean)) {
      i += 1;
      const caseId = `bench-recheck-${i}`;
      const jsonl = [
        {
          type: 'case',
          id: caseId,
          journalNo: `5100-80120-${String(i).padStart(5, '0')}-26`,
          category: 'vold',
          occurredAt: `${AS_OF}T08:00:00+02:00`,
          policeDistrictCode: 'NJY',
        },
        { type: 'involvement', caseId, personId, role: 'suspect' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n');
      const t0 = performance.now();
      await ingest.ingestText(jsonl, { id: 'bench', role: 'admin' });
      ingestMs.push(performance.now() - t0);
      const t1 = performance.now();
      await scans.recheck([personId]);
      recheckMs.push(performance.now() - t1);
    }
    const warm = recheckMs.slice(5);
    const warmIngest = ingestMs.slice(5);
    results.recheck = {
      samples: warm.length,
      p50Ms: round(percentile(warm, 50)),
      p95Ms: round(percentile(warm, 95)),
      ingestWithRecheckP50Ms: round(percentile(warmIngest, 50)),
      ingestWithRecheckP95Ms: round(percentile(warmIngest, 95)),
    };
    console.log(`recheck: ${JSON.stringify(results.recheck)}`);
  }

  // 6. the API under load on loopback, signed in as real users, audit on: served by a process of its
  // own started as `npm start` starts it (plain node on server/dist: no tsx loader, no source-mapped
  // stacks), so that its CPU per request is counted apart from the load generator's and Neo4j's
  const api = only.has('api') || only.has('client') ? await serveApi(join(root, 'server', 'dist')) : undefined;
  const url = api?.url ?? '';
  if (api && only.has('api')) {
    const [candidate] = await graph.read<{ personId: string }>('bench/family-candidate');
    const { measureApi } = await import('./api.js');
    results.api = await measureApi(
      {
        url,
        driver,
        registry,
        analystToken: api.analyst,
        coordinatorToken: api.coordinator,
        asOf: AS_OF,
        seconds,
        neo4jPidFile: join(dbEnv.OPSPOR_NEO4J_HOME!, 'launcher.pid'),
        apiPid: api.pid,
      },
      candidate?.personId ?? FAMILIEN_X.father,
    );
  }

  // 7. the client's first render in Chromium
  if (only.has('client')) {
    const { measureClient } = await import('./client-render.js');
    const auth = app.get(s.auth.AuthService);
    const username = `bench-ui-${Date.now().toString(36)}`;
    await auth.createUser({ username, password: PASSWORD, role: 'analyst' });
    results.client = await measureClient(url, username, PASSWORD, [
      { name: 'Familien X', personId: FAMILIEN_X.father, asOf: '2025-03-01', depth: 2 },
      { name: '500-person family', personId: 'bench-big-g0-0', asOf: AS_OF, depth: 4 },
    ]);
    console.log(`client: ${JSON.stringify(results.client)}`);
  }
  // 8. JSONL ingest of new families into the populated database: what `npm run ingest` does (the
  // file checked whole, then batches of 5,000 records, each all or nothing and audited, each
  // followed by the risk re-check of the persons it touched), in this process so that its CPU time
  // is counted apart from Neo4j's
  if (only.has('addition')) {
    const additionFile = join(root, '.neo4j', `bench-addition-${additionPersons}.jsonl`);
    const prefix = `bench-add-${Date.now().toString(36)}-`;
    const out = createWriteStream(additionFile);
    for (const batch of generatePopulation({ persons: additionPersons, seed: SEED + 1, endDate: AS_OF, idPrefix: prefix }))
      if (!out.write(batch.map((r) => JSON.stringify(r)).join('\n') + '\n')) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    const ingest = app.get(s.ingest.IngestService);
    const actor = { id: 'cli:bench', role: 'admin' };
    const before = await counts(graph);
    const cpu0 = process.cpuUsage();
    const neo0 = neo4jCpuMs();
    const started = performance.now();
    // the re-check's share, timed apart: wall time and Neo4j CPU while it runs
    const recheck = { ms: 0, neo4jMs: 0 };
    const result = await step('addition', () =>
      s.ingestFile.ingestFile(
        additionFile,
        async (values, source) => {
          const committed = await ingest.commit(values, actor, source, { recheck: false });
          if (committed.affectedPersonIds.length > 0) {
            const [t0, n0] = [performance.now(), neo4jCpuMs()];
            await scans.recheck(committed.affectedPersonIds);
            recheck.ms += performance.now() - t0;
            recheck.neo4jMs += neo4jCpuMs() - n0;
          }
          return committed;
        },
        ingest.lookup,
        (refs) => ingest.writer.existing(refs),
        { source: 'cli', actor: actor.id },
        { batchSize: 5000, maxProblems: 50 },
      ),
    );
    const elapsed = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const neo = neo4jCpuMs() - neo0;
    const after = await counts(graph);
    const added = { persons: after.persons - before.persons, relationships: after.relationships - before.relationships };
    results.addition = {
      ...loadFigures(added, elapsed),
      records: result.records,
      batches: result.batches,
      nodeCpuMsPerPerson: round((cpu.user + cpu.system) / 1000 / Math.max(added.persons, 1), 2),
      neo4jCpuMsPerPerson: round(neo / Math.max(added.persons, 1), 2),
      recheckSeconds: round(recheck.ms / 1000),
      recheckNeo4jCpuMsPerPerson: round(recheck.neo4jMs / Math.max(added.persons, 1), 2),
      loadAverage: round(loadavg()[0]!, 2),
    };
    console.log(`addition: ${JSON.stringify(results.addition)}`);
    rmSync(additionFile, { force: true });
  }
  await api?.stop();
  await app.close();

  // 9. JSONL ingest through the CLI, into an empty database
  if (only.has('ingest')) {
    freshDb();
    const started = performance.now();
    await step('ingest', () => run('node', ['server/dist/cli/ingest.js', jsonlFile, '--batch-size', '20000', '--no-recheck']));
    const elapsed = (performance.now() - started) / 1000;
    const { app: after } = await s.factory.createApp();
    const c = await counts(after.get(s.graph.GraphService));
    await after.close();
    results.ingest = loadFigures(c, elapsed);
    console.log(`ingest: ${JSON.stringify(results.ingest)}`);
  }

  // 10. raw neo4j-admin database import of the CSV `npm run import` wrote: the fastest loader there is
  if (only.has('reference') && existsSync(importReport) && existsSync(join(importDir, 'csv'))) {
    stopDb();
    const { toolArgs } = JSON.parse(readFileSync(importReport, 'utf8')) as { toolArgs: string[] };
    const dir = join(root, '.neo4j', 'bench-import');
    rmSync(dir, { recursive: true, force: true });
    const tool = importToolCommand({
      classpath: (neo4jClasspath as () => string)(),
      home: join(dir, 'home'),
      workDir: dir,
      memory: dbEnv.OPSPOR_IMPORT_MEMORY!,
      threads: cpus().length,
      args: toolArgs,
    });
    const started = performance.now();
    await step('reference', () => run(tool.command, tool.args, { ...process.env, ...tool.env }));
    const elapsed = (performance.now() - started) / 1000;
    const r = JSON.parse(readFileSync(importReport, 'utf8')) as { persons: number; relationships: number };
    results.import = loadFigures(r, elapsed);
    console.log(`import (reference): ${JSON.stringify(results.import)}`);
    rmSync(dir, { recursive: true, force: true });
  }
  rmSync(importDir, { recursive: true, force: true });

  await driver.close();
  spawnSync('node', ['scripts/db.mjs', 'stop'], { stdio: 'inherit', cwd: root, env: process.env });
  const outDir = join(root, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const name = resultName(persons);
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, `${name}.md`), renderMarkdown(results));
  console.log(renderMarkdown(results));
  const stored = ['latest-100k', 'latest-1m', 'latest-6m']
    .map((n) => join(outDir, `${n}.json`))
    .filter((f) => existsSync(f))
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchResults);
  writeFileSync(join(outDir, 'scaling.md'), renderScaling(stored));
  console.log(renderScaling(stored));
}

await main();
process.exit(0);
