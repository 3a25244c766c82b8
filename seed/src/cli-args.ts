// Arguments of `npm run seed`, validated in one place with messages that name the flag.
import { dayOf } from './population/dates.js';
import { DEFAULT_END_DATE, MAX_PERSONS } from './population/generate.js';
import { DEFAULT_CHUNK_SIZE, DEMO_PERSONS, DEMO_SEED } from './defaults.js';

export const USAGE = `usage: npm run seed -- [--persons N] [--seed S] [--jsonl FILE] [--no-db] [--fixtures] [--demo] [--if-empty]
                       [--end-date YYYY-MM-DD] [--id-prefix P] [--chunk-size N]

  --persons N      generate N synthetic persons (0-${MAX_PERSONS}; default 0, or ${DEMO_PERSONS} with --demo)
  --seed S         PRNG seed, an integer 0-4294967295 (default 1, or ${DEMO_SEED} with --demo)
  --end-date D     the generated data runs up to this date (default ${DEFAULT_END_DATE})
  --id-prefix P    put P before every generated id (letters, digits, - and _)
  --fixtures       also write Familien X and the control fixtures
  --demo           the demo data set: --fixtures and ${DEMO_PERSONS} generated persons
  --jsonl FILE     write the records to FILE as JSON Lines (the ingest contract format)
  --no-db          do not write to Neo4j
  --if-empty       do nothing when the database already holds persons
  --chunk-size N   records per Neo4j transaction (1000-100000, default ${DEFAULT_CHUNK_SIZE})

Neo4j: NEO4J_URI, NEO4J_USERNAME (neo4j), NEO4J_PASSWORD, NEO4J_DATABASE (neo4j); without
NEO4J_URI the project's local instance (npm run db:start) is used.`;

export interface SeedArgs {
  /** the demo set: also Familien X's recent events, dated before --end-date */
  demo: boolean;
  persons: number;
  seed: number;
  endDate: string;
  idPrefix: string;
  fixtures: boolean;
  jsonl: string | null;
  db: boolean;
  ifEmpty: boolean;
  chunkSize: number;
  help: boolean;
}

export class SeedArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedArgsError';
  }
}

const VALUE_FLAGS = new Set(['--persons', '--seed', '--end-date', '--id-prefix', '--jsonl', '--chunk-size']);
const SWITCHES = new Set(['--no-db', '--fixtures', '--demo', '--if-empty', '--help', '-h']);

function integer(flag: string, raw: string, min: number, max: number): number {
  const value = /^\d+$/.test(raw.replace(/_/g, '')) ? Number(raw.replace(/_/g, '')) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new SeedArgsError(`${flag} must be an integer ${min}-${max}, got "${raw}"`);
  return value;
}

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(flag)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new SeedArgsError(`${flag} needs a value`);
      if (values.has(flag)) throw new SeedArgsError(`${flag} is given twice`);
      values.set(flag, value);
    } else if (SWITCHES.has(arg)) switches.add(arg);
    else throw new SeedArgsError(`unknown argument "${arg}"`);
  }
  const help = switches.has('--help') || switches.has('-h');
  const demo = switches.has('--demo');
  const raw = (flag: string) => values.get(flag);

  const persons =
    raw('--persons') !== undefined ? integer('--persons', raw('--persons') as string, 0, MAX_PERSONS) : demo ? DEMO_PERSONS : 0;
  const seed = raw('--seed') !== undefined ? integer('--seed', raw('--seed') as string, 0, 0xffffffff) : demo ? DEMO_SEED : 1;
  const chunkSize =
    raw('--chunk-size') !== undefined ? integer('--chunk-size', raw('--chunk-size') as string, 1000, 100_000) : DEFAULT_CHUNK_SIZE;
  const endDate = raw('--end-date') ?? DEFAULT_END_DATE;
  try {
    dayOf(endDate);
  } catch {
    throw new SeedArgsError(`--end-date must be a date YYYY-MM-DD, got "${endDate}"`);
  }
  if (endDate < '1990-01-01' || endDate > '2090-01-01')
    throw new SeedArgsError(`--end-date must be between 1990-01-01 and 2090-01-01, got "${endDate}"`);
  const idPrefix = raw('--id-prefix') ?? '';
  if (!/^[A-Za-z0-9_-]{0,40}$/.test(idPrefix))
    throw new SeedArgsError(`--id-prefix may hold up to 40 letters, digits, - and _, got "${idPrefix}"`);

  const args: SeedArgs = {
    persons,
    seed,
    endDate,
    idPrefix,
    fixtures: demo || switches.has('--fixtures'),
    demo,
    jsonl: raw('--jsonl') ?? null,
    db: !switches.has('--no-db'),
    ifEmpty: switches.has('--if-empty'),
    chunkSize,
    help,
  };
  if (help) return args;
  if (args.persons === 0 && !args.fixtures) throw new SeedArgsError('nothing to generate: give --persons N, --fixtures or --demo');
  if (!args.db && args.jsonl === null) throw new SeedArgsError('--no-db without --jsonl FILE would write nothing');
  if (args.ifEmpty && !args.db) throw new SeedArgsError('--if-empty checks the database, so it cannot be combined with --no-db');
  return args;
}
