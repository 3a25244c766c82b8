#!/usr/bin/env node
// npm run ingest | import | scan | audit:verify | create-admin | db:migrate — runs a CLI from the built
// server (server/dist) in this process. Compiles first only when dist is missing or older than a
// source file (a stat of each file: milliseconds), under a lock so concurrent runs never build at once.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './local-neo4j.mjs';

const CLIS = ['ingest', 'import', 'scan', 'audit-verify', 'create-admin', 'migrate'];
const [name, ...args] = process.argv.slice(2);
if (!CLIS.includes(name)) {
  console.error(`cli: unknown command "${name}"; one of ${CLIS.join(', ')}`);
  process.exit(2);
}

const server = join(repoRoot, 'server');
// The shared rules package the server imports; the built server runs its dist/ (compiled first).
const contract = join(repoRoot, 'packages', 'contract');
const stamp = join(server, 'dist', '.build-stamp');
const lock = join(server, '.build.lock');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

function stale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  const inputs = [join(server, 'tsconfig.build.json'), join(repoRoot, 'tsconfig.base.json')].map((f) => statSync(f).mtimeMs);
  return Math.max(newest(join(server, 'src')), newest(join(contract, 'src')), ...inputs) > built;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function build() {
  // One builder at a time; the others wait, then find dist fresh.
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // A lock left by a build that was killed: older than any real build here.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { force: true });
      if (Date.now() > deadline) {
        console.error(`cli: another build holds ${lock}; remove it if no build is running`);
        process.exit(1);
      }
      sleep(200);
    }
  }
  try {
    if (!stale()) return;
    const started = Date.now();
    console.error('cli: server sources changed since the last build; compiling…');
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const compile = (project) => spawnSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' }).status;
    if (compile(join(contract, 'tsconfig.build.json')) !== 0 || compile(join(server, 'tsconfig.build.json')) !== 0) {
      console.error('cli: the server does not compile (see above)');
      process.exit(1);
    }
    mkdirSync(join(server, 'dist'), { recursive: true });
    writeFileSync(stamp, new Date().toISOString());
    const now = new Date();
    utimesSync(stamp, now, now);
    console.error(`cli: compiled in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } finally {
    rmSync(lock, { force: true });
  }
}

if (stale()) build();
process.argv = [process.argv[0], join(server, 'dist', 'cli', `${name}.js`), ...args];
await import(pathToFileURL(process.argv[1]).href);
