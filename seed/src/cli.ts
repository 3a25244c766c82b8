// npm run seed -- --persons N --seed S [--jsonl FILE] [--no-db] [--fixtures] [--demo] [--if-empty]
// Generates the synthetic population (and fixtures) and writes it as JSON Lines and/or to Neo4j.
import type { IngestRecord } from '../../server/src/ingest/records.js';
import { CypherRegistry } from '../../server/src/graph/cypher-registry.js';
import { IngestWriter } from '../../server/src/ingest/ingest-writer.js';
import { parseSeedArgs, SeedArgsError, USAGE, type SeedArgs } from './cli-args.js';
import { demoRecentRecords } from './fixtures/demo-recent.js';
import { allFixtureRecords } from './fixtures/index.js';
import { CYPHER_DIR, countPersons, ensureReferenceData, loadBatches } from './load/graph-loader.js';
import { connect, neo4jSettings } from './load/neo4j-env.js';
import { JsonlWriter } from './output/jsonl.js';
import { generatePopulation } from './population/generate.js';

function* sourceBatches(args: SeedArgs): Generator<IngestRecord[]> {
  if (args.fixtures) yield allFixtureRecords();
  if (args.demo) yield demoRecentRecords(args.endDate);
  if (args.persons > 0)
    yield* generatePopulation({ persons: args.persons, seed: args.seed, endDate: args.endDate, idPrefix: args.idPrefix });
}

/** Passes batches on, writing each to the JSONL file first (when asked) and reporting progress. */
async function* tee(batches: Iterable<IngestRecord[]>, jsonl: JsonlWriter | null, progress: Progress): AsyncGenerator<IngestRecord[]> {
  for (const batch of batches) {
    if (jsonl) await jsonl.write(batch);
    progress.generated(batch.length);
    yield batch;
  }
}

class Progress {
  private readonly started = performance.now();
  private lastPrint = 0;
  private made = 0;
  private stored = 0;

  constructor(private readonly db: boolean) {}

  generated(records: number): void {
    this.made += records;
    this.maybePrint();
  }

  written(records: number): void {
    this.stored = records;
    this.maybePrint();
  }

  private maybePrint(): void {
    const now = performance.now();
    if (now - this.lastPrint < 2000) return;
    this.lastPrint = now;
    console.log(this.line(now));
  }

  line(now = performance.now()): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const made = `${this.made.toLocaleString('en')} records generated (${Math.round(this.made / seconds).toLocaleString('en')}/s)`;
    const stored = this.db
      ? `, ${this.stored.toLocaleString('en')} written to Neo4j (${Math.round(this.stored / seconds).toLocaleString('en')}/s)`
      : '';
    return `seed: ${made}${stored}, ${seconds.toFixed(1)}s`;
  }
}

async function main(args: SeedArgs): Promise<void> {
  const progress = new Progress(args.db);
  const jsonl = args.jsonl ? new JsonlWriter(args.jsonl) : null;
  const what = `${args.fixtures ? 'fixtures + ' : ''}${args.persons.toLocaleString('en')} persons (seed ${args.seed}, up to ${args.endDate})`;
  if (!args.db) {
    console.log(`seed: generating ${what} to ${args.jsonl}`);
    try {
      for await (const batch of tee(sourceBatches(args), jsonl, progress)) void batch;
    } finally {
      await jsonl?.close();
    }
    console.log(progress.line());
    return;
  }

  const settings = await neo4jSettings();
  const driver = await connect(settings);
  try {
    const registry = new CypherRegistry(CYPHER_DIR);
    if (args.ifEmpty) {
      const existing = await countPersons(driver, registry, settings.database);
      if (existing > 0) {
        console.log(`seed: skipped, the database already holds ${existing.toLocaleString('en')} persons (--if-empty)`);
        return;
      }
    }
    console.log(`seed: generating ${what} into ${settings.uri} (${settings.database})${args.jsonl ? ` and ${args.jsonl}` : ''}`);
    await ensureReferenceData(driver, registry, settings.database);
    const writer = new IngestWriter(driver, registry, settings.database);
    try {
      await loadBatches(writer, tee(sourceBatches(args), jsonl, progress), {
        chunkSize: args.chunkSize,
        onProgress: (p) => progress.written(p.records),
      });
    } finally {
      await jsonl?.close();
    }
    console.log(progress.line());
  } finally {
    await driver.close();
  }
}

let args: SeedArgs;
try {
  args = parseSeedArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof SeedArgsError) && !(error instanceof RangeError)) throw error;
  console.error(`seed: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) console.log(USAGE);
else {
  try {
    await main(args);
  } catch (error) {
    console.error(`seed: failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
