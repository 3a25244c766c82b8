/** The demo data set: the fixtures plus this many generated persons from this seed. */
export const DEMO_PERSONS = 3_000;
export const DEMO_SEED = 20_250_301;

/** Records per Neo4j transaction when loading. */
export const DEFAULT_CHUNK_SIZE = 15_000;
