export interface LoadFigures {
  seconds: number;
  persons: number;
  relationships: number;
  personsPerSecond: number;
  relationshipsPerSecond: number;
  cases?: number;
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
  api?: { request: string; connections: number; requestsPerSecond: number; p50Ms: number; p95Ms: number; p99Ms: number; errors: number }[];
  client?: { name: string; persons: number; familyPersons?: number; firstRenderMs: number; allRenderMs?: number }[];
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
    lines.push(
      `| API \`${a.request}\` @ ${a.connections} connections | ${n(a.requestsPerSecond)} req/s, p50 ${a.p50Ms} ms, p95 ${a.p95Ms} ms, p99 ${a.p99Ms} ms${a.errors ? `, ${a.errors} errors` : ''} |`,
    );
  }
  for (const c of r.client ?? []) {
    const drawn =
      c.familyPersons && c.familyPersons !== c.persons ? `${c.persons} of ${c.familyPersons} persons drawn first` : `${c.persons} persons`;
    lines.push(`| client: first render of ${c.name} (${drawn}, households included) | ${c.firstRenderMs} ms |`);
    if (c.allRenderMs !== undefined) lines.push(`| client: "show all" of ${c.name} (${c.familyPersons} persons) | ${c.allRenderMs} ms |`);
  }
  return `${lines.join('\n')}\n`;
}
