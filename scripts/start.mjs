#!/usr/bin/env node
// npm start — builds, starts the project's own Neo4j when NEO4J_URI is not set, loads the demo
// population into an empty database, creates the demo users, and serves client and API.
import { spawn, spawnSync } from 'node:child_process';
import { localNeo4jEnv, repoRoot } from './local-neo4j.mjs';

// Whether this run started the local Neo4j (then it stops it again on the way out) or found it running.
let startedNeo4j = false;

/** On the way out (Ctrl-C, or a failed step): stop the Neo4j this run started, or say how to stop it. */
function leaveNeo4j() {
  if (startedNeo4j) {
    console.log('\nstart: stopping the Neo4j this run started…');
    spawnSync('node', ['scripts/db.mjs', 'stop'], { stdio: 'inherit', cwd: repoRoot });
  } else if (!process.env.NEO4J_URI) {
    console.log('\nstart: the local Neo4j was already running before npm start and keeps running; stop it with: npm run db:stop');
  }
}

const run = (cmd, args, env = process.env) => {
  const status = spawnSync(cmd, args, { stdio: 'inherit', cwd: repoRoot, env }).status;
  if (status !== 0) {
    console.error(`start: "${cmd} ${args.join(' ')}" failed`);
    leaveNeo4j();
    process.exit(status ?? 1);
  }
};

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' };
if (!process.env.NEO4J_URI) {
  const before = spawnSync('node', ['scripts/db.mjs', 'status'], { cwd: repoRoot, encoding: 'utf8' });
  startedNeo4j = before.status !== 0;
  run('node', ['scripts/db.mjs', 'start']);
  Object.assign(env, localNeo4jEnv());
}
env.OPSPOR_TOKEN_SECRET ??= (await import('node:crypto')).randomBytes(32).toString('hex');

if (!process.env.OPSPOR_SKIP_BUILD) run('npm', ['run', '-s', 'build']);
// Schema first (constraints make the loader's MERGEs index seeks), then demo data, only into an
// empty database (synthetic: Familien X, control families, a generated town).
run('node', ['server/dist/cli/migrate.js'], env);
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
run('node', ['--import', 'tsx', 'seed/src/cli.ts', '--demo', '--if-empty', '--end-date', today], env);
run('node', ['server/dist/cli/demo-users.js'], env);
run('node', ['server/dist/cli/scan.js'], env);

const host = env.HOST ?? '127.0.0.1';
const port = env.PORT ?? '4000';
const server = spawn('node', ['server/dist/main.js'], { stdio: 'inherit', cwd: repoRoot, env });
console.log(`\nOpspor: http://${host}:${port}/  (GraphQL at /graphql, health at /health)\n`);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
server.on('exit', (code) => {
  leaveNeo4j();
  process.exit(stopping ? 0 : (code ?? 0));
});
