// Settings of the loopback Neo4j that the project starts itself (npm run db:start).
// One place, read by db.mjs, start.mjs, test.mjs and the test setup.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A built-in password, accepted only for this loopback instance (never for NEO4J_URI elsewhere). */
export const LOCAL_DEFAULT_PASSWORD = 'opspor-local-only';
export const NEO4J_VERSION = '5.26.30';

function port(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number (1-65535), got "${raw}"`);
  }
  return value;
}

export function localNeo4j() {
  const boltPort = port('OPSPOR_NEO4J_BOLT_PORT', 7687);
  return {
    host: '127.0.0.1',
    boltPort,
    uri: `bolt://127.0.0.1:${boltPort}`,
    username: 'neo4j',
    password: process.env.NEO4J_PASSWORD || LOCAL_DEFAULT_PASSWORD,
    home: process.env.OPSPOR_NEO4J_HOME || join(repoRoot, '.neo4j', `data-${boltPort}`),
    heap: process.env.OPSPOR_NEO4J_HEAP || '1g',
    pagecache: process.env.OPSPOR_NEO4J_PAGECACHE || '512m',
    txTimeout: process.env.OPSPOR_NEO4J_TX_TIMEOUT || '120s',
    txMemory: process.env.OPSPOR_NEO4J_TX_MEMORY || '1g',
    cacheDir: join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'opspor'),
  };
}

/** Environment for the API and tools pointed at the local instance. */
export function localNeo4jEnv() {
  const db = localNeo4j();
  return { NEO4J_URI: db.uri, NEO4J_USERNAME: db.username, NEO4J_PASSWORD: db.password };
}

/**
 * The Java classpath of Neo4j Community from Maven Central (db/launcher/pom.xml: the engine, Bolt
 * and neo4j-admin's import tool), resolved once and cached under a name that changes with the pom.
 * Throws with a message that says what to install.
 */
export function neo4jClasspath() {
  const pom = join(repoRoot, 'db/launcher/pom.xml');
  const digest = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 12);
  const { cacheDir } = localNeo4j();
  const file = join(cacheDir, `neo4j-${NEO4J_VERSION}-${digest}.classpath`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  if (spawnSync('mvn', ['-version'], { stdio: 'ignore' }).error !== undefined) {
    throw new Error(
      'Maven (mvn) is not installed: it fetches Neo4j Community from Maven Central. Install Maven, or set NEO4J_URI to a Neo4j you run yourself.',
    );
  }
  mkdirSync(cacheDir, { recursive: true });
  console.log(`db: resolving Neo4j ${NEO4J_VERSION} from Maven Central (first time only)…`);
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', pom, `-Dneo4j.version=${NEO4J_VERSION}`, 'dependency:build-classpath', `-Dmdep.outputFile=${file}`],
    { stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(file)) throw new Error('Maven could not resolve Neo4j (see the output above).');
  return readFileSync(file, 'utf8').trim();
}
