// npm run import -- FILE.jsonl [--keep-csv] [--verbose]
// The first load of an empty database at the speed of neo4j-admin: checks the whole file against
// the ingest contract (the same checks and messages as `npm run ingest`), converts it to
// neo4j-admin's CSV in the same streaming pass, stops the project's own Neo4j, runs
// `neo4j-admin database import full`, starts Neo4j again, applies the schema (constraints,
// indexes, migrations) and the reference data, audits the import and prints persons/s and
// relationships/s. A database holding anything but what every boot writes is refused. When no
// database exists yet (no store on disk, nothing answering on the port) it is empty without asking
// Neo4j: the check runs without starting it, and Neo4j starts once, after the import.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { availableParallelism, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../app.factory.js';
import { AuditService } from '../audit/audit.service.js';
import { parseConfig } from '../config/config.schema.js';
import { GraphService } from '../graph/graph.service.js';
import { convertForImport, type ImportFileResult } from '../ingest/import/import-file.js';
import { importToolCommand } from '../ingest/import/import-tool.js';
import { IngestRejectedError } from '../ingest/ingest-writer.js';
import { IngestService, referenceLookup } from '../ingest/ingest.service.js';
import type { ReferenceLookup } from '../ingest/validate.js';
import { ReferenceService } from '../reference/reference.service.js';
import { cliActor, cliArgs, printRejected, repoRoot, runCli, verbose } from './cli-support.js';

const USAGE = 'usage: npm run import -- FILE.jsonl [--keep-csv] [--report-json FILE] [--verbose]';
/** NEO4J_URI as the operator set it (the CLI defaults fill it in later). */
const givenUri = process.env.NEO4J_URI;

interface LocalNeo4j {
  localNeo4j(): { uri: string; home: string; boltPort: number };
  neo4jClasspath(): string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (n: number, ms: number) => Math.round(n / Math.max(ms / 1000, 0.001)).toLocaleString('en-US');

/** node scripts/db.mjs start|stop with this process's settings (port, home, heap, page cache). */
function db(command: 'start' | 'stop'): void {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'db.mjs'), command], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`Neo4j did not ${command} (see above)`);
}

/** What the database holds beyond reference data: empty when nothing. */
async function contentOf(app: INestApplication): Promise<string[]> {
  const rows = await app.get(GraphService).read<{ label: string; nodes: number }>('ingest/import-content');
  return rows.map((r) => `${r.nodes >= 1000 ? 'at least ' : ''}${r.nodes} ${r.label}`);
}

/** Something answers on the local Neo4j's Bolt port. */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 1000 });
    const done = (open: boolean) => {
      socket.destroy();
      resolvePort(open);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** No database at all: no store files of the `neo4j` database in the home, and no Neo4j on the port. */
async function noDatabase(local: LocalNeo4j): Promise<boolean> {
  const { home, boltPort } = local.localNeo4j();
  return !existsSync(join(home, 'data', 'databases', 'neo4j')) && !(await portAnswers(boltPort));
}

/** neo4j-admin off-heap memory: OPSPOR_IMPORT_MEMORY, else a quarter of the machine (it is shared). */
function importMemory(): string {
  return process.env.OPSPOR_IMPORT_MEMORY || `${Math.max(1, Math.floor(totalmem() / 4 / 2 ** 30))}g`;
}

function runImportTool(local: LocalNeo4j, dir: string, args: string[]): void {
  const tool = importToolCommand({
    classpath: local.neo4jClasspath(),
    home: local.localNeo4j().home,
    workDir: dir,
    memory: importMemory(),
    threads: availableParallelism(),
    args,
    heap: process.env.OPSPOR_IMPORT_HEAP || '1g',
  });
  const result = spawnSync(tool.command, tool.args, {
    stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...tool.env },
    maxBuffer: 256 * 2 ** 20,
  });
  if (result.status !== 0) {
    const output = `${result.stdout?.toString() ?? ''}${result.stderr?.toString() ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(
      `neo4j-admin database import failed${result.error ? `: ${result.error.message}` : ''}; Neo4j is stopped and its database ` +
        `was empty before, so running npm run import again is safe (the CSV files are kept in ${dir}, its log in ${join(dir, 'logs')})\n${output}`,
    );
  }
}

await runCli('import', async () => {
  const args = cliArgs();
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const reportFile = option('--report-json');
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--report-json');
  if (
    !file ||
    args.some((a) => a.startsWith('--') && a !== '--keep-csv' && a !== '--report-json') ||
    (args.includes('--report-json') && !reportFile)
  ) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`import: no such file: ${file}`);
    return 2;
  }
  const local = (await import(pathToFileURL(join(repoRoot, 'scripts', 'local-neo4j.mjs')).href)) as LocalNeo4j;
  const { uri } = local.localNeo4j();
  if (givenUri && givenUri !== uri) {
    console.error(
      `import: loads the project's own Neo4j (${uri}, OPSPOR_NEO4J_BOLT_PORT), whose files it writes with neo4j-admin; ` +
        `NEO4J_URI points at ${givenUri}. Unset NEO4J_URI, or load that database with npm run ingest.`,
    );
    return 2;
  }
  const started = Date.now();
  // A database that does not exist yet is empty: no start (and stop) just to ask it.
  const fresh = await noDatabase(local);
  let app: INestApplication | undefined;
  let lookup: ReferenceLookup;
  if (fresh) {
    lookup = referenceLookup(new ReferenceService(undefined as never, parseConfig(process.env)));
  } else {
    db('start');
    app = (await createApp({ abortOnError: false, patient: true })).app;
    lookup = app.get(IngestService).lookup;
  }
  let converted: ImportFileResult;
  const dir = resolve(local.localNeo4j().home, '..', `import-${local.localNeo4j().boltPort}`);
  try {
    const content = app ? await contentOf(app) : [];
    if (content.length > 0) {
      console.error(
        `import: refused: the database at ${uri} is not empty (${content.join(', ')}). ` +
          'npm run import builds a new database; add records to this one with npm run ingest -- FILE.jsonl.',
      );
      return 1;
    }
    rmSync(dir, { recursive: true, force: true });
    console.log(`import: checking ${file} against the ingest contract and writing neo4j-admin CSV…`);
    converted = await convertForImport(file, join(dir, 'csv'), lookup, {
      maxProblems: 50,
      onProgress: (p) => console.log(`import: checked ${p.records} records (${perSecond(p.records, p.elapsedMs)} records/s)`),
    });
    if (!app && !(await noDatabase(local))) {
      console.error(`import: refused: a database was created at ${uri} while the file was checked; run npm run import again.`);
      rmSync(dir, { recursive: true, force: true });
      return 1;
    }
    const late = app ? await contentOf(app) : [];
    if (late.length > 0) {
      console.error(`import: refused: records were written to ${uri} while the file was checked (${late.join(', ')}).`);
      return 1;
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    if (error instanceof IngestRejectedError) {
      printRejected('import', error);
      return 1;
    }
    throw error;
  } finally {
    await app?.close().catch(() => undefined);
  }
  const checked = Date.now();
  console.log(
    `import: ${converted.records} records checked in ${seconds(checked - started)}` +
      (converted.duplicates > 0 ? ` (${converted.duplicates} sent again with the same values: written once)` : ''),
  );
  if (!fresh) db('stop');
  runImportTool(local, dir, converted.args);
  const imported = Date.now();
  db('start');
  app = (await createApp({ abortOnError: false, patient: true })).app;
  try {
    const graph = app.get(GraphService);
    for (let i = 0; i < converted.emptyKeywordCases.length; i += 10_000)
      await graph.write('ingest/import-empty-keywords', { ids: converted.emptyKeywordCases.slice(i, i + 10_000) });
    await app.get(AuditService).record({
      actor: cliActor(),
      operation: 'import',
      detail: {
        file: basename(file),
        bytes: statSync(file).size,
        records: converted.records,
        duplicates: converted.duplicates,
        byType: converted.byType,
        persons: converted.persons,
        relationships: converted.relationships,
      },
    });
  } finally {
    await app.close().catch(() => undefined);
  }
  if (!args.includes('--keep-csv')) rmSync(dir, { recursive: true, force: true });
  const done = Date.now();
  const total = done - started;
  console.log(
    `import: ${converted.persons.toLocaleString('en-US')} persons, ${converted.relationships.toLocaleString('en-US')} relationships in ${seconds(total)}: ` +
      `${perSecond(converted.persons, total)} persons/s, ${perSecond(converted.relationships, total)} relationships/s ` +
      `(${fresh ? 'no database yet: not started for the emptiness check' : 'start + emptiness check'} ${seconds(checked - started - converted.elapsedMs)}, contract check + CSV ${seconds(converted.elapsedMs)}, ` +
      `neo4j-admin ${seconds(imported - checked)}, start + schema ${seconds(done - imported)})`,
  );
  if (reportFile) {
    const figures = {
      persons: converted.persons,
      relationships: converted.relationships,
      records: converted.records,
      seconds: total / 1000,
      checkSeconds: (checked - started) / 1000,
      /** of checkSeconds: the contract check and the CSV alone (the rest starts Neo4j and asks it whether it is empty) */
      convertSeconds: converted.elapsedMs / 1000,
      importToolSeconds: (imported - checked) / 1000,
      startAndSchemaSeconds: (done - imported) / 1000,
      /** neo4j-admin's arguments: the bench imports the same CSV raw, as its reference */
      toolArgs: converted.args,
    };
    writeFileSync(reportFile, `${JSON.stringify(figures, null, 2)}\n`);
  }
  console.log(`import: Neo4j runs on ${uri} (npm run db:stop stops it); run npm run scan for the first risk scan`);
  return 0;
});
