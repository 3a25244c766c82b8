// Loads seed records into Neo4j through the project's bulk writer (IngestWriter.writeTrusted):
// the same Cypher as every other ingest, in chunks of whole units, strictly in order.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { CypherRegistry } from '../../../server/src/graph/cypher-registry.js';
import { toPlain } from '../../../server/src/graph/convert.js';
import { IngestWriter } from '../../../server/src/ingest/ingest-writer.js';
import type { IngestRecord } from '../../../server/src/ingest/records.js';
import { CASE_CATEGORIES, MUNICIPALITIES, POLICE_DISTRICTS } from '../../../server/src/reference/reference-data.js';
import { DEFAULT_CHUNK_SIZE, DEMO_PERSONS, DEMO_SEED } from '../defaults.js';
import { allFixtureRecords } from '../fixtures/index.js';
import { generatePopulation } from '../population/generate.js';

/** The repository's cypher/ folder. */
export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'cypher');

export interface LoadProgress {
  records: number;
  elapsedMs: number;
}

export interface LoadOptions {
  /** records per transaction (whole units are never split, so chunks may run a little over) */
  chunkSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

/** What the loader needs of IngestWriter. */
export type TrustedWriter = Pick<IngestWriter, 'writeTrusted'>;

/**
 * Writes batches (each complete in itself, or referring only to earlier batches) in chunks.
 * The next chunk is generated while the previous one is being written, but a chunk is only
 * sent once the one before it has committed, so its references always exist.
 */
export async function loadBatches(
  writer: TrustedWriter,
  batches: Iterable<IngestRecord[]> | AsyncIterable<IngestRecord[]>,
  options: LoadOptions = {},
): Promise<number> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const started = performance.now();
  let written = 0;
  let pending: Promise<void> = Promise.resolve();
  // Kept here rather than as a rejected promise, so a failure while the next chunk is being
  // generated is never an unhandled rejection; it is thrown at the next send or at the end.
  let failure: { error: unknown } | null = null;
  const send = async (records: IngestRecord[]) => {
    await pending;
    if (failure) throw failure.error;
    pending = writer.writeTrusted(records).then(
      () => {
        written += records.length;
        options.onProgress?.({ records: written, elapsedMs: performance.now() - started });
      },
      (error: unknown) => {
        failure = { error };
      },
    );
  };
  let chunk: IngestRecord[] = [];
  for await (const batch of batches) {
    for (const record of batch) chunk.push(record);
    if (chunk.length >= chunkSize) {
      await send(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await send(chunk);
  await pending;
  if (failure) throw (failure as { error: unknown }).error;
  return written;
}

/** Districts, municipalities and categories: addresses and cases attach to them by MATCH. */
export async function ensureReferenceData(driver: Driver, registry: CypherRegistry, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) =>
      tx.run(registry.get('reference/upsert-reference'), {
        districts: POLICE_DISTRICTS,
        municipalities: MUNICIPALITIES,
        categories: CASE_CATEGORIES,
      }),
    );
  } finally {
    await session.close();
  }
}

export async function countPersons(driver: Driver, registry: CypherRegistry, database: string): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(registry.get('seed/count-persons')));
    return Number(toPlain(result.records[0]?.get('persons')) ?? 0);
  } finally {
    await session.close();
  }
}

/** The demo data set: every fixture and a small generated population (DEMO_PERSONS, DEMO_SEED). */
export async function loadDemo(
  driver: Driver,
  registry: CypherRegistry,
  database: string,
  options: LoadOptions = {},
): Promise<{ records: number; persons: number }> {
  await ensureReferenceData(driver, registry, database);
  const writer = new IngestWriter(driver, registry, database);
  const batches = function* () {
    yield allFixtureRecords();
    yield* generatePopulation({ persons: DEMO_PERSONS, seed: DEMO_SEED });
  };
  const records = await loadBatches(writer, batches(), options);
  const fixturePersons = allFixtureRecords().filter((r) => r.type === 'person').length;
  return { records, persons: DEMO_PERSONS + fixturePersons };
}
