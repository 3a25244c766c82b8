// A/B on a loaded machine: two builds of the server (e.g. the main branch's and this one's) served side
// by side from one process against the bench's database (left loaded by `npm run bench -- --only api`;
// start it with the same OPSPOR_BENCH_* variables), measured in alternating rounds so that both see the
// same machine load: `family` for the typical-family sample and `flags`, each at 16 connections.
//   node --import tsx bench/api-ab.ts --dist A/server/dist --dist B/server/dist [--rounds 3] [--seconds 8]
// Each build's server runs in a process of its own, so the CPU time it spends per request (user +
// system, from /proc) is measured apart from the load generator's, and so is Neo4j's: figures that
// hold on a busy machine, where requests/s do not. `--node-arg --cpu-prof` (repeatable) passes
// options to the servers' node, e.g. to profile them (the profile is written when a server exits).
// A benchmark: it prints figures and asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { kinSample } from './api.js';
import type * as AppFactory from '../server/src/app.factory.js';
import type * as AuthServiceModule from '../server/src/auth/auth.service.js';
import type * as Registry from '../server/src/graph/cypher-registry.js';

const args = process.argv.slice(2);
const values = (name: string) => args.flatMap((a, i) => (a === name ? [args[i + 1]!] : []));
// `--dist plain:DIR` serves DIR with plain node, as `npm start` does (no tsx: no source-mapped stacks)
const dists = values('--dist');
const nodeArgs = values('--node-arg');
const rounds = Number(values('--rounds')[0] ?? 3);
const seconds = Number(values('--seconds')[0] ?? 8);
const port = process.env.OPSPOR_BENCH_BOLT_PORT ?? '7688';
const AS_OF = '2026-06-01';
const PASSWORD = 'Bench-Password-2026!';
Object.assign(process.env, {
  NEO4J_URI: `bolt://127.0.0.1:${port}`,
  NEO4J_USERNAME: 'neo4j',
  NEO4J_PASSWORD: 'bench-password-local',
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  OPSPOR_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-42',
  OPSPOR_CLOCK_DATE: AS_OF,
  OPSPOR_SCAN_INTERVAL_HOURS: '0',
  OPSPOR_RATE_LIMIT_PER_MINUTE: '10000000',
});

// each build in a process of its own (Nest's GraphQL type registry is per process)
async function serve(dist: string): Promise<void> {
  const { createApp } = (await import(`${dist}/app.factory.js`)) as typeof AppFactory;
  const { AuthService } = (await import(`${dist}/auth/auth.service.js`)) as typeof AuthServiceModule;
  const { app } = await createApp();
  await app.listen(0, '127.0.0.1');
  const auth = app.get(AuthService);
  const suffix = `${Date.now().toString(36)}-${process.pid}`;
  await auth.createUser({ username: `ab-analyst-${suffix}`, password: PASSWORD, role: 'analyst' });
  await auth.createUser({ username: `ab-coord-${suffix}`, password: PASSWORD, role: 'coordinator', districtCode: 'KBH' });
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  const analyst = (await auth.signIn(`ab-analyst-${suffix}`, PASSWORD)).token;
  const coordinator = (await auth.signIn(`ab-coord-${suffix}`, PASSWORD)).token;
  console.log(`READY ${JSON.stringify({ url, analyst, coordinator })}`);
}
const serveDist = values('--serve')[0];
if (serveDist) {
  process.on('SIGINT', () => process.exit(0)); // process.exit writes a --cpu-prof profile
  await serve(serveDist);
  await new Promise(() => undefined); // until the parent ends it
}

const children: ChildProcess[] = [];
const servers: { dist: string; pid: number; url: string; analyst: string; coordinator: string }[] = [];
for (const dist of dists) {
  const plain = dist.startsWith('plain:');
  const serveArgs = plain
    ? [new URL('./serve-dist.mjs', import.meta.url).pathname, dist.slice(6)]
    : ['--import', 'tsx', import.meta.filename, '--serve', dist];
  const child = spawn(process.execPath, [...nodeArgs, ...serveArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = out.split('\n').find((l) => l.startsWith('READY '));
      if (ready) resolve(ready.slice(6));
    });
    child.once('exit', (code) => reject(new Error(`server ${dist} exited (${code})`)));
  });
  servers.push({ dist, pid: child.pid!, ...(JSON.parse(line) as { url: string; analyst: string; coordinator: string }) });
}
const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'bench-password-local'));
const { CypherRegistry } = (await import(`${dists.at(-1)!.replace(/^plain:/, '')}/graph/cypher-registry.js`)) as typeof Registry;
const registry = new CypherRegistry(new URL('../cypher', import.meta.url).pathname);
const sample = await kinSample(driver, registry, 1000, 19_000);
const family = sample.map((id) =>
  JSON.stringify({
    query:
      'query($id: ID!, $asOf: Date) { family(personId: $id, depth: 2, asOf: $asOf) { persons { id age } households { addressId memberIds } } }',
    variables: { id, asOf: AS_OF },
  }),
);
const flags = [JSON.stringify({ query: '{ flags(first: 25) { total items { id score municipalityName } } }' })];

/** CPU time (user + system) of a process so far, in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number | string): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const neo4jPid = readFileSync(new URL('../.neo4j/bench/launcher.pid', import.meta.url), 'utf8').trim();

async function load(url: string, token: string, bodies: string[], duration: number, pid?: number) {
  let next = 0;
  const api0 = pid ? cpuMs(pid) : 0;
  const neo0 = cpuMs(neo4jPid);
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections: 16,
    duration,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-opspor-purpose': 'Socials%C3%B8g-screening' },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
  });
  const total = result.requests.total || 1;
  const perRequest = (ms: number) => Math.round((ms / total) * 100) / 100;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
    ...(pid ? { apiCpuMsPerRequest: perRequest(cpuMs(pid) - api0) } : {}),
    neo4jCpuMsPerRequest: perRequest(cpuMs(neo4jPid) - neo0),
  };
}

for (const s of servers) await load(s.url, s.analyst, family, 4); // warm-up
for (let round = 1; round <= rounds; round += 1) {
  for (const s of servers) {
    for (const [name, token, bodies] of [
      ['family (typical) @16', s.analyst, family],
      ['flags @16', s.coordinator, flags],
    ] as const) {
      const r = await load(s.url, token, [...bodies], seconds, s.pid);
      console.log(JSON.stringify({ round, dist: s.dist, request: name, ...r, loadAverage: loadavg()[0] }));
    }
  }
}
for (const child of children) {
  child.kill('SIGINT'); // a clean exit writes --cpu-prof's profile
  await new Promise((resolve) => child.once('exit', resolve));
}
await driver.close();
process.exit(0);
