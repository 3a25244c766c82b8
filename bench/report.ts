export interface LoadFigures {
  seconds: number;
  persons: number;
  relationships: number;
  personsPerSecond: number;
  relationshipsPerSecond: number;
  cases?: number;
}

/** Time and peak resident memory of one step (the bench, its child processes and Neo4j). */
export interface StepFigures {
  seconds: number;
  peakRssMiB: number;
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
  /**
   * CPU per request of the bench process (the load generator; before 2026-12-02 it also served the
   * API, in-process under tsx) and of the API's own process when it has one (`apiProcess: 'own'`)
   */
  nodeCpuMsPerRequest?: number;
  apiCpuMsPerRequest?: number;
  apiProcess?: 'own';
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
  neo4j: { version: string; heap: string; pagecache: string; importMemory?: string };
  steps?: Record<string, StepFigures>;
  generate?: { records: number; megabytes: number };
  /** npm run import: the product's bulk path (contract check, CSV, neo4j-admin, schema, start) */
  importCommand?: LoadFigures & { checkSeconds: number; convertSeconds?: number; importToolSeconds: number; startAndSchemaSeconds: number };
  load?: LoadFigures;
  ingest?: LoadFigures;
  /** new families ingested into the populated database (batches all or nothing, re-check on) */
  addition?: LoadFigures & {
    records: number;
    batches: number;
    nodeCpuMsPerPerson: number;
    neo4jCpuMsPerPerson: number;
    /** of the time and of Neo4j's CPU: the risk re-check after each batch */
    recheckSeconds?: number;
    recheckNeo4jCpuMsPerPerson?: number;
    loadAverage: number;
  };
  /** raw neo4j-admin database import of the same CSV: the reference */
  import?: LoadFigures;
  scan?: { seconds: number; floorSeconds: number; ratioToFloor: number; clusters: number; flagged: number };
  recheck?: { samples: number; p50Ms: number; p95Ms: number; ingestWithRecheckP50Ms: number; ingestWithRecheckP95Ms: number };
  api?: ApiFigure[];
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
  if (r.generate && r.steps?.generate)
    lines.push(
      `| generation of the population as JSON Lines (streaming) | ${r.steps.generate.seconds} s, ${n(r.generate.records)} records, ${n(r.generate.megabytes)} MB |`,
    );
  load('load: `npm run import` (contract check + CSV + neo4j-admin + schema + start)', r.importCommand);
  if (r.importCommand)
    lines.push(
      `| … of which: (start + emptiness check, when a database existed) + contract check and CSV (of it the check and CSV alone) / neo4j-admin / start + schema | ${r.importCommand.checkSeconds} s (${r.importCommand.convertSeconds ?? '—'} s) / ${r.importCommand.importToolSeconds} s / ${r.importCommand.startAndSchemaSeconds} s |`,
    );
  load('load: generation + seed loader', r.load);
  load('load: JSONL ingest CLI', r.ingest);
  load('load: neo4j-admin database import (reference)', r.import);
  if (r.addition)
    lines.push(
      `| JSONL ingest of new families into the populated database (batches of 5,000 records, all or nothing, re-check on; target ≥ 5,000 persons/s) | ` +
        `${n(r.addition.personsPerSecond)} persons/s (${n(r.addition.persons)} persons, ${n(r.addition.records)} records in ${r.addition.seconds} s, ` +
        `${r.addition.batches} batches); CPU per person ${r.addition.nodeCpuMsPerPerson} ms Node + ${r.addition.neo4jCpuMsPerPerson} ms Neo4j` +
        (r.addition.recheckSeconds !== undefined
          ? ` (of it the re-check: ${r.addition.recheckSeconds} s, ${r.addition.recheckNeo4jCpuMsPerPerson} ms Neo4j CPU per person)`
          : '') +
        `; load average ${r.addition.loadAverage} |`,
    );
  if (r.importCommand && r.import)
    lines.push(
      `| \`npm run import\` time ÷ raw neo4j-admin import time | ${(r.importCommand.seconds / r.import.seconds).toFixed(2)} (target ≤ 1.3) |`,
    );
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
      a.apiCpuMsPerRequest !== undefined
        ? `; CPU per request ${a.apiCpuMsPerRequest} ms API (its own process, as \`npm start\` runs it), ${a.neo4jCpuMsPerRequest ?? '?'} ms Neo4j, ${a.nodeCpuMsPerRequest} ms load generator; load average ${a.loadAverage}`
        : a.nodeCpuMsPerRequest !== undefined
          ? `; CPU per request ${a.nodeCpuMsPerRequest} ms API + load generator, ${a.neo4jCpuMsPerRequest ?? '?'} ms Neo4j; load average ${a.loadAverage}`
          : '';
    lines.push(
      `| API \`${a.request}\` @ ${a.connections} connections${family} | ${n(a.requestsPerSecond)} req/s, p50 ${a.p50Ms} ms, ${a.p97_5Ms !== undefined ? `${a.p90Ms !== undefined ? `p90 ${a.p90Ms} ms, ` : ''}p97.5 ${a.p97_5Ms} ms` : `p95 ${a.p95Ms} ms`}, p99 ${a.p99Ms} ms${a.errors ? `, ${a.errors} errors` : ''}${cpu} |`,
    );
  }
  for (const c of r.client ?? []) {
    const drawn =
      c.familyPersons && c.familyPersons !== c.persons ? `${c.persons} of ${c.familyPersons} persons drawn first` : `${c.persons} persons`;
    lines.push(`| client: first render of ${c.name} (${drawn}, households included) | ${c.firstRenderMs} ms |`);
    if (c.allRenderMs !== undefined) lines.push(`| client: "show all" of ${c.name} (${c.familyPersons} persons) | ${c.allRenderMs} ms |`);
  }
  const steps = Object.entries(r.steps ?? {});
  if (steps.length > 0) {
    lines.push('', '| step | time | peak memory (bench + children + Neo4j) |', '| --- | --- | --- |');
    for (const [name, f] of steps) lines.push(`| ${name} | ${f.seconds} s | ${n(f.peakRssMiB)} MiB |`);
  }
  return `${lines.join('\n')}\n`;
}

/** bench/results/latest-100k, latest-1m, latest-6m, …: one file per population size. */
export function resultName(persons: number): string {
  if (persons % 1_000_000 === 0) return `latest-${persons / 1_000_000}m`;
  if (persons % 1_000 === 0) return `latest-${persons / 1_000}k`;
  return `latest-${persons}`;
}

/** How each measure grows with the population: the stored runs side by side, with the ratio of each step. */
export function renderScaling(runs: BenchResults[]): string {
  const sorted = [...runs].sort((a, b) => a.persons - b.persons);
  if (sorted.length < 2)
    return `Scaling: ${sorted.length} stored run(s); the table needs two sizes (bench/results/latest-100k, -1m, -6m).\n`;
  type Measure = [label: string, get: (r: BenchResults) => number | undefined, unit: string];
  const measures: Measure[] = [
    ['persons', (r) => r.persons, ''],
    ...['generate', 'import', 'load', 'ingest', 'reference', 'scan'].flatMap((step): Measure[] => [
      [`${step}: time`, (r) => r.steps?.[step]?.seconds, ' s'],
      [`${step}: peak memory`, (r) => r.steps?.[step]?.peakRssMiB, ' MiB'],
    ]),
    ['`npm run import` persons/s', (r) => r.importCommand?.personsPerSecond, ''],
    ['JSONL ingest into the populated database, persons/s', (r) => r.addition?.personsPerSecond, ''],
    ['full scan', (r) => r.scan?.seconds, ' s'],
    ['scan ÷ floor', (r) => r.scan?.ratioToFloor, '×'],
    ['re-check p95', (r) => r.recheck?.p95Ms, ' ms'],
    // earlier runs measured only the largest family, as `family`; autocannon's p97.5 stands for p95
    ...(
      [
        ['family (typical)', ['family (typical)']],
        ['family (largest)', ['family (largest)', 'family']],
        ['flags', ['flags']],
      ] as const
    ).flatMap(([label, names]): Measure[] => {
      const at16 = (r: BenchResults) => r.api?.find((a) => (names as readonly string[]).includes(a.request) && a.connections === 16);
      return [
        [`API \`${label}\` req/s @ 16`, (r) => at16(r)?.requestsPerSecond, ''],
        [`API \`${label}\` p95 (p97.5) @ 16`, (r) => at16(r)?.p97_5Ms ?? at16(r)?.p95Ms, ' ms'],
      ];
    }),
  ];
  const header = [
    'measure',
    ...sorted.map((r) => n(r.persons)),
    ...sorted.slice(1).map((r, i) => `× ${n(sorted[i]!.persons)} → ${n(r.persons)}`),
  ];
  const lines = [
    '### Growth with the population',
    '',
    `From bench/results/ (${sorted.map((r) => `${n(r.persons)}: ${r.date.slice(0, 10)}`).join(', ')}); a ratio is the larger run's figure ÷ the smaller's.`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
  ];
  for (const [label, get, unit] of measures) {
    const values = sorted.map(get);
    if (values.every((v) => v === undefined)) continue;
    const cells = values.map((v) => (v === undefined ? '—' : `${n(v)}${unit}`));
    const ratios = values.slice(1).map((v, i) => {
      const before = values[i];
      return v === undefined || before === undefined || before === 0 ? '—' : `${(v / before).toFixed(1)}×`;
    });
    lines.push(`| ${[label, ...cells, ...ratios].join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
