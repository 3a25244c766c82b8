export interface LoadFigures {
  seconds: number;
  persons: number;
  relationships: number;
  personsPerSecond: number;
  relationshipsPerSecond: number;
  cases?: number;
}

/** One API row: a request kind at a number of connections (see bench/api.ts). */
export interface ApiFigure {
  request: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  /** autocannon reports p90 and p97.5, no p95: rows that have these show them (p95Ms then holds p97.5) */
  p90Ms?: number;
  p97_5Ms?: number;
  p99Ms: number;
  errors: number;
  /** CPU of the bench process (the API and autocannon share it) and of Neo4j, per request */
  nodeCpuMsPerRequest?: number;
  neo4jCpuMsPerRequest?: number;
  /** the machine's 1-minute load average when the row finished (other work shares the cores) */
  loadAverage?: number;
  /** typical families: the sample's size and its median and largest family */
  sample?: number;
  familyPersonsMedian?: number;
  familyPersonsMax?: number;
}

export interface BenchResults {
  date: string;
  persons: number;
  machine: { cores: number; cpu: string; memoryGiB: number };
  neo4j: { version: string; heap: string; pagecache: string };
  load?: LoadFigures;
  ingest?: LoadFigures;
  import?: LoadFigures;
  scan?: { seconds: number; floorSeconds: number; ratioToFloor: number; clusters: number; flagged: number };
  recheck?: { samples: number; p50Ms: number; p95Ms: number; ingestWithRecheckP50Ms: number; ingestWithRecheckP95Ms: number };
  api?: ApiFigure[];
  client?: { name: string; persons: number; firstRenderMs: number }[];
}

const n = (v: number) => v.toLocaleString('en-US');

export function renderMarkdown(r: BenchResults): string {
  const lines = [
    `### ${n(r.persons)} persons — ${r.date.slice(0, 10)}`,
    '',
    `Machine: ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB. Neo4j ${r.neo4j.version}, heap ${r.neo4j.heap}, page cache ${r.neo4j.pagecache}.`,
    '',
    '| measure | figure |',
    '| --- | --- |',
  ];
  const load = (label: string, f: LoadFigures | undefined) => {
    if (f)
      lines.push(
        `| ${label} | ${n(f.personsPerSecond)} persons/s, ${n(f.relationshipsPerSecond)} relationships/s (${n(f.persons)} persons, ${n(f.relationships)} relationships in ${f.seconds} s) |`,
      );
  };
  load('load: generation + seed loader', r.load);
  load('load: JSONL ingest CLI', r.ingest);
  load('load: neo4j-admin database import (reference)', r.import);
  if (r.load && r.import)
    lines.push(`| seed loader ÷ neo4j-admin import | ${(r.load.personsPerSecond / r.import.personsPerSecond).toFixed(2)} |`);
  if (r.ingest && r.import)
    lines.push(`| JSONL ingest ÷ neo4j-admin import | ${(r.ingest.personsPerSecond / r.import.personsPerSecond).toFixed(2)} |`);
  if (r.scan) {
    lines.push(`| full risk scan | ${r.scan.seconds} s (${n(r.scan.clusters)} clusters, ${n(r.scan.flagged)} flagged) |`);
    lines.push(
      `| floor query (reads the same relationships once) | ${r.scan.floorSeconds} s — scan is ${r.scan.ratioToFloor}× the floor |`,
    );
  }
  if (r.recheck) {
    lines.push(
      `| incremental re-check after one new case | p50 ${r.recheck.p50Ms} ms, p95 ${r.recheck.p95Ms} ms (${r.recheck.samples} samples) |`,
    );
    lines.push(
      `| ingest of one case incl. re-check | p50 ${r.recheck.ingestWithRecheckP50Ms} ms, p95 ${r.recheck.ingestWithRecheckP95Ms} ms |`,
    );
  }
  for (const a of r.api ?? []) {
    const family =
      a.sample !== undefined
        ? ` — ${n(a.sample)} sampled persons, median family ${a.familyPersonsMedian} persons`
        : a.familyPersonsMax !== undefined
          ? ` — ${n(a.familyPersonsMax)} persons`
          : '';
    const cpu =
      a.nodeCpuMsPerRequest !== undefined
        ? `; CPU per request ${a.nodeCpuMsPerRequest} ms API + load generator, ${a.neo4jCpuMsPerRequest ?? '?'} ms Neo4j; load average ${a.loadAverage}`
        : '';
    lines.push(
      `| API \`${a.request}\` @ ${a.connections} connections${family} | ${n(a.requestsPerSecond)} req/s, p50 ${a.p50Ms} ms, ${a.p97_5Ms !== undefined ? `p90 ${a.p90Ms} ms, p97.5 ${a.p97_5Ms} ms` : `p95 ${a.p95Ms} ms`}, p99 ${a.p99Ms} ms${a.errors ? `, ${a.errors} errors` : ''}${cpu} |`,
    );
  }
  for (const c of r.client ?? []) lines.push(`| client: first render of ${c.name} (${c.persons} persons) | ${c.firstRenderMs} ms |`);
  return `${lines.join('\n')}\n`;
}
