// The API under load on loopback (autocannon), signed in as real users, audit on, purpose sent:
// `family` for typical families (a fixed random sample of persons with kin, a different one each
// request), `family` for the population's largest family, and a coordinator's `flags` inbox.
// Besides latency it reports CPU per request of this process (the API and the load generator
// share it) and of the bench's Neo4j, so what grows with the database shows up in the figures.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { Rng } from '../seed/src/random/prng.js';
import type { CypherRegistry } from '../server/src/graph/cypher-registry.js';
import type { ApiFigure } from './report.js';

export interface ApiBenchOptions {
  url: string;
  driver: Driver;
  registry: CypherRegistry;
  analystToken: string;
  coordinatorToken: string;
  asOf: string;
  seconds: number;
  /** the Neo4j process whose CPU time is counted (its pid file), when known */
  neo4jPidFile?: string;
  /** the API's own process (served apart from the load generator), when it is one */
  apiPid?: number;
  sampleSize?: number;
  sampleSeed?: number;
}

const PURPOSE = encodeURIComponent('Socialsøg-screening');
const FAMILY_QUERY =
  'query($id: ID!, $asOf: Date) { family(personId: $id, depth: 2, asOf: $asOf) { persons { id age } households { addressId memberIds } } }';

/** A fixed random sample: reservoir sampling over persons with kin in id order, seeded. */
export async function kinSample(driver: Driver, registry: CypherRegistry, size: number, seed: number): Promise<string[]> {
  const rng = new Rng(seed);
  const sample: string[] = [];
  let seen = 0;
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    await new Promise<void>((resolve, reject) => {
      session.run(registry.get('bench/kin-persons')).subscribe({
        onNext: (record) => {
          const id = record.get('personId') as string;
          seen += 1;
          if (sample.length < size) sample.push(id);
          else {
            const j = rng.int(0, seen - 1);
            if (j < size) sample[j] = id;
          }
        },
        onCompleted: () => resolve(),
        onError: reject,
      });
    });
  } finally {
    await session.close();
  }
  return sample;
}

function neo4jCpuMs(pidFile: string | undefined): number | undefined {
  if (!pidFile) return undefined;
  try {
    return processCpuMs(readFileSync(pidFile, 'utf8').trim());
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) of a process so far, in ms: fields 14 and 15 of /proc/PID/stat, in clock ticks (100 per second). */
function processCpuMs(pid: number | string | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

async function post(url: string, token: string, body: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: headers(token), body });
  const answer = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!res.ok || answer.errors) throw new Error(`request fails: ${JSON.stringify(answer).slice(0, 300)}`);
  return answer;
}

const headers = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-opspor-purpose': PURPOSE });

const familyBody = (id: string, asOf: string) => JSON.stringify({ query: FAMILY_QUERY, variables: { id, asOf } });

async function load(
  opts: ApiBenchOptions,
  request: string,
  connections: number,
  token: string,
  bodies: string[],
  extra: Partial<ApiFigure> = {},
): Promise<ApiFigure> {
  let next = 0;
  const cpu0 = process.cpuUsage();
  const neo0 = neo4jCpuMs(opts.neo4jPidFile);
  const api0 = processCpuMs(opts.apiPid);
  const result = await autocannon({
    url: `${opts.url}/graphql`,
    method: 'POST',
    connections,
    duration: opts.seconds,
    headers: headers(token),
    // a different body each request, in a fixed order (every run sends the same sequence)
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
  });
  const cpu = process.cpuUsage(cpu0);
  const neo1 = neo4jCpuMs(opts.neo4jPidFile);
  const api1 = processCpuMs(opts.apiPid);
  const total = result.requests.total || 1;
  const latency = result.latency as unknown as Record<string, number>;
  const figure: ApiFigure = {
    request,
    connections,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p95Ms: latency.p95 ?? result.latency.p97_5,
    p90Ms: result.latency.p90,
    p97_5Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    ...(api0 !== undefined && api1 !== undefined
      ? { apiCpuMsPerRequest: Math.round(((api1 - api0) / total) * 100) / 100, apiProcess: 'own' as const }
      : {}),
    nodeCpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / total) * 100) / 100,
    ...(neo0 !== undefined && neo1 !== undefined ? { neo4jCpuMsPerRequest: Math.round(((neo1 - neo0) / total) * 100) / 100 } : {}),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    ...extra,
  };
  console.log(`api ${request} @${connections}: ${JSON.stringify(figure)}`);
  return figure;
}

export async function measureApi(opts: ApiBenchOptions, largestFamilyPersonId: string): Promise<ApiFigure[]> {
  const size = opts.sampleSize ?? 1000;
  const sample = await kinSample(opts.driver, opts.registry, size, opts.sampleSeed ?? 19_000);
  const bodies = sample.map((id) => familyBody(id, opts.asOf));
  // every sampled request answers without errors (a load test of an error page measures nothing),
  // and the sample's family sizes are reported
  const sizes: number[] = [];
  for (const body of bodies) {
    const answer = await post(opts.url, opts.analystToken, body);
    sizes.push(((answer.data?.family as { persons: unknown[] }).persons ?? []).length);
  }
  sizes.sort((a, b) => a - b);
  const typical = { familyPersonsMedian: sizes[Math.floor(sizes.length / 2)]!, familyPersonsMax: sizes.at(-1)!, sample: sample.length };
  const largestBody = familyBody(largestFamilyPersonId, opts.asOf);
  const largest = await post(opts.url, opts.analystToken, largestBody);
  const largestPersons = ((largest.data?.family as { persons: unknown[] }).persons ?? []).length;
  const flagsBody = JSON.stringify({ query: '{ flags(first: 25) { total items { id score municipalityName } } }' });
  await post(opts.url, opts.coordinatorToken, flagsBody);

  const rows: ApiFigure[] = [];
  // a warm-up pass over the sample, so the rows compare warm caches with warm caches
  await load({ ...opts, seconds: Math.min(5, opts.seconds) }, 'warm-up', 16, opts.analystToken, bodies);
  rows.push(await load(opts, 'family (typical)', 1, opts.analystToken, bodies, typical));
  rows.push(await load(opts, 'family (typical)', 16, opts.analystToken, bodies, typical));
  rows.push(await load(opts, 'family (largest)', 16, opts.analystToken, [largestBody], { familyPersonsMax: largestPersons }));
  rows.push(await load(opts, 'flags', 1, opts.coordinatorToken, [flagsBody]));
  rows.push(await load(opts, 'flags', 16, opts.coordinatorToken, [flagsBody]));
  return rows;
}
