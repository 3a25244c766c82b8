// npm run bench [-- --persons N | --million] [--only load,scan,recheck,api,ingest,import,client] [--seconds S]
//
// Benchmarks on a generated population in a Neo4j of its own (port 7688 or OPSPOR_BENCH_BOLT_PORT, data in .neo4j/bench, wiped
// at the start): load through the seed loader, JSONL ingest through the CLI, neo4j-admin import as
// the reference, the full scan against its floor query, the incremental re-check, the API under
// load on loopback (signed in, audit on) and the client's first render in Chromium. Writes
// bench/results/latest.{json,md}. A benchmark, not a test: nothing here asserts a speed.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
import { bigFamily } from './big-family.js';
import { toImportCsv } from './import-csv.js';
import { renderMarkdown, type BenchResults } from './report.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const persons = flag('--million') ? 1_000_000 : Number(value('--persons') ?? 100_000);
const only = new Set((value('--only') ?? 'load,scan,recheck,api,ingest,import,client').split(','));
const seconds = Number(value('--seconds') ?? 8);
const SEED = 20_261_123;
const AS_OF = '2026-06-01';
const PASSWORD = 'Bench-Password-2026!';

// The benchmark's own Neo4j: never the development database.
const big = persons >= 500_000;
const benchPort = process.env.OPSPOR_BENCH_BOLT_PORT ?? '7688';
const dbEnv: Record<string, string> = {
  OPSPOR_NEO4J_BOLT_PORT: benchPort,
  OPSPOR_NEO4J_HOME: join(root, '.neo4j', 'bench'),
  OPSPOR_NEO4J_HEAP: process.env.OPSPOR_BENCH_HEAP ?? (big ? '6g' : '3g'),
  OPSPOR_NEO4J_PAGECACHE: process.env.OPSPOR_BENCH_PAGECACHE ?? (big ? '8g' : '2g'),
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
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: round(totalmem() / 2 ** 30) },
    neo4j: {
      version: '5.26.30 Community (embedded engine + Bolt)',
      heap: dbEnv.OPSPOR_NEO4J_HEAP!,
      pagecache: dbEnv.OPSPOR_NEO4J_PAGECACHE!,
    },
  };

  const counts = async (graph: InstanceType<typeof s.graph.GraphService>) =>
    (await graph.read<{ persons: number; relationships: number; cases: number }>('bench/counts'))[0]!;

  // 1. generation + load through the seed loader (the project's bulk path). --reuse keeps the
  // population a previous run loaded (same --persons) and measures the other phases on it.
  const reuse = flag('--reuse');
  if (reuse) sh('node', ['scripts/db.mjs', 'start']);
  else freshDb();
  {
    const { app } = await s.factory.createApp(); // schema and reference data first
    await app.close();
  }
  const driver = neo4j.driver(`bolt://127.0.0.1:${benchPort}`, neo4j.auth.basic('neo4j', dbEnv.NEO4J_PASSWORD!));
  const registry = new CypherRegistry(CYPHER_DIR);
  if (!reuse && (only.has('load') || only.has('scan') || only.has('recheck') || only.has('api') || only.has('client'))) {
    const writer = new IngestWriter(driver, registry, 'neo4j');
    const started = performance.now();
    await loadBatches(writer, populationBatches(), {
      onProgress: (p) => process.stdout.write(`\rload: ${p.records} records, ${Math.round(p.records / (p.elapsedMs / 1000))} records/s   `),
    });
    const elapsed = (performance.now() - started) / 1000;
    const { app } = await s.factory.createApp();
    const c = await counts(app.get(s.graph.GraphService));
    await app.close();
    results.load = {
      seconds: round(elapsed),
      persons: c.persons,
      relationships: c.relationships,
      cases: c.cases,
      personsPerSecond: Math.round(c.persons / elapsed),
      relationshipsPerSecond: Math.round(c.relationships / elapsed),
    };
    console.log(`\nload: ${JSON.stringify(results.load)}`);
  }

  const { app } = await s.factory.createApp();
  await app.init();
  const graph = app.get(s.graph.GraphService);
  const scans = app.get(s.flags.ScreeningService);

  // 2. full scan, and its floor
  if (only.has('scan')) {
    const floorStarted = performance.now();
    await graph.read('bench/floor', {}, 1_800_000);
    const floor = (performance.now() - floorStarted) / 1000;
    const scanStarted = performance.now();
    const scan = await scans.run({ asOf: AS_OF });
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

  // 3. incremental re-check after one new case (through ingest, as in production)
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

  // 4. the API under load on loopback, signed in as real users, audit on
  if (only.has('api') || only.has('client')) {
    await app.listen(0, '127.0.0.1');
  }
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number } | null)?.port ?? 0}`;
  if (only.has('api')) {
    const auth = app.get(s.auth.AuthService);
    const suffix = Date.now().toString(36);
    await auth.createUser({ username: `bench-analyst-${suffix}`, password: PASSWORD, role: 'analyst' });
    await auth.createUser({ username: `bench-coord-${suffix}`, password: PASSWORD, role: 'coordinator', districtCode: 'KBH' });
    const token = async (username: string) => (await auth.signIn(username, PASSWORD)).token;
    const analyst = await token(`bench-analyst-${suffix}`);
    const coordinator = await token(`bench-coord-${suffix}`);
    const [candidate] = await graph.read<{ personId: string }>('bench/family-candidate');
    const { measureApi } = await import('./api.js');
    results.api = await measureApi(
      {
        url,
        driver,
        registry,
        analystToken: analyst,
        coordinatorToken: coordinator,
        asOf: AS_OF,
        seconds,
        neo4jPidFile: join(dbEnv.OPSPOR_NEO4J_HOME!, 'launcher.pid'),
      },
      candidate?.personId ?? FAMILIEN_X.father,
    );
  }

  // 5. the client's first render in Chromium
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
  await app.close();

  // 6. JSONL ingest through the CLI, into an empty database
  const jsonlFile = join(root, '.neo4j', `bench-${persons}.jsonl`);
  if (only.has('ingest') || only.has('import')) {
    const out = createWriteStream(jsonlFile);
    for (const batch of populationBatches()) {
      if (!out.write(batch.map((r) => JSON.stringify(r)).join('\n') + '\n')) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  if (only.has('ingest')) {
    freshDb();
    const started = performance.now();
    sh('node', ['server/dist/cli/ingest.js', jsonlFile, '--batch-size', '20000', '--no-recheck']);
    const elapsed = (performance.now() - started) / 1000;
    const { app: after } = await s.factory.createApp();
    const c = await counts(after.get(s.graph.GraphService));
    await after.close();
    results.ingest = {
      seconds: round(elapsed),
      persons: c.persons,
      relationships: c.relationships,
      personsPerSecond: Math.round(c.persons / elapsed),
      relationshipsPerSecond: Math.round(c.relationships / elapsed),
    };
    console.log(`ingest: ${JSON.stringify(results.ingest)}`);
  }

  // 7. neo4j-admin database import of the same data: the fastest loader there is
  if (only.has('import')) {
    const dir = join(root, '.neo4j', 'bench-import');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'csv'), { recursive: true });
    const files = await toImportCsv(jsonlFile, join(dir, 'csv'));
    const cpFile = join(root, '.neo4j', 'bench-import-classpath.txt');
    if (!existsSync(cpFile))
      sh('mvn', ['-q', '-B', '-f', 'bench/import-tool/pom.xml', 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}`]);
    mkdirSync(join(dir, 'home', 'conf'), { recursive: true });
    writeFileSync(join(dir, 'home', 'conf', 'neo4j.conf'), `server.directories.data=${join(dir, 'home', 'data')}\n`);
    const started = performance.now();
    sh(
      'java',
      [
        '-Xmx2g',
        '-cp',
        readFileSync(cpFile, 'utf8').trim(),
        'org.neo4j.cli.AdminTool',
        'database',
        'import',
        'full',
        'neo4j',
        '--overwrite-destination',
        `--report-file=${join(dir, 'import.report')}`,
        ...files.args,
      ],
      { ...process.env, NEO4J_HOME: join(dir, 'home'), NEO4J_CONF: join(dir, 'home', 'conf') },
    );
    const elapsed = (performance.now() - started) / 1000;
    results.import = {
      seconds: round(elapsed),
      persons: files.persons,
      relationships: files.relationships,
      personsPerSecond: Math.round(files.persons / elapsed),
      relationshipsPerSecond: Math.round(files.relationships / elapsed),
    };
    console.log(`import: ${JSON.stringify(results.import)}`);
  }

  await driver.close();
  spawnSync('node', ['scripts/db.mjs', 'stop'], { stdio: 'inherit', cwd: root, env: process.env });
  const outDir = join(root, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const name = persons >= 1_000_000 ? 'latest-1m' : 'latest';
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, `${name}.md`), renderMarkdown(results));
  console.log(renderMarkdown(results));
}

await main();
process.exit(0);
