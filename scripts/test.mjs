#!/usr/bin/env node
// npm test — every tier against the real Neo4j: starts the project's Neo4j when NEO4J_URI is not
// set (and stops it again if it started it), builds what the browser tests and the built-server
// check need, runs Vitest and ends with the plain line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localNeo4jEnv, repoRoot } from './local-neo4j.mjs';

const args = process.argv.slice(2);
const run = (cmd, cmdArgs, env = process.env) => spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: repoRoot, env }).status ?? 1;

let startedDb = false;
const env = { ...process.env };
if (!process.env.NEO4J_URI) {
  const running = spawnSync('node', ['scripts/db.mjs', 'status'], { cwd: repoRoot, stdio: 'ignore' }).status === 0;
  if (!running) {
    if (run('node', ['scripts/db.mjs', 'start']) !== 0) process.exit(1);
    startedDb = true;
  }
  Object.assign(env, localNeo4jEnv());
}

let status;
try {
  if (run('node', ['scripts/ensure-chromium.mjs']) !== 0) console.warn('test: Chromium is missing; browser tests will fail');
  if (run('npm', ['run', '-s', 'build']) !== 0) process.exit(1);
  const artifacts = join(repoRoot, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  const report = join(artifacts, 'vitest-report.json');
  status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], env);
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
    // A file that fails to load has no tests but is a failure all the same.
    const brokenFiles = (result.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
    console.log(`${result.numPassedTests} passed, ${result.numFailedTests + brokenFiles} failed, ${skipped} skipped`);
    if (result.numFailedTests + brokenFiles > 0) status = status || 1;
  } else {
    console.log('0 passed, 1 failed');
    status = status || 1;
  }
} finally {
  if (startedDb) run('node', ['scripts/db.mjs', 'stop']);
}
process.exit(status);
