// The seed package's public surface, for the server's demo CLI, tests and benchmarks.
export { DEFAULT_END_DATE, generatePopulation, populationRecords, checkPopulationOptions } from './population/generate.js';
export type { PopulationOptions, PopulationStats } from './population/generate.js';
export * from './fixtures/index.js';
export { JsonlWriter, writeJsonl } from './output/jsonl.js';
export { serializeRecord } from './output/serialize.js';
export { CYPHER_DIR, countPersons, ensureReferenceData, loadBatches, loadDemo } from './load/graph-loader.js';
export type { LoadOptions, LoadProgress, TrustedWriter } from './load/graph-loader.js';
export { DEFAULT_CHUNK_SIZE, DEMO_PERSONS, DEMO_SEED } from './defaults.js';
