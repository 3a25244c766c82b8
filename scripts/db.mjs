#!/usr/bin/env node
// npm run db:start | db:stop | db:status
// Runs Neo4j 5.26 Community on 127.0.0.1 from Maven Central artifacts (embedded engine + Bolt
// behind db/launcher/Neo4jLauncher.java), so no Docker engine or server download is needed.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { NEO4J_VERSION, localNeo4j, neo4jClasspath, repoRoot } from './local-neo4j.mjs';

const db = localNeo4j();
const pidFile = join(db.home, 'launcher.pid');
const logFile = join(db.home, 'launcher.log');
const readyFile = join(db.home, 'launcher.ready');
const START_TIMEOUT_MS = 240_000;

function fail(message) {
  console.error(`db: ${message}`);
  process.exit(1);
}

function has(command) {
  return spawnSync(command, ['-version'], { stdio: 'ignore' }).error === undefined;
}

function readPid() {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen() {
  return new Promise((resolve) => {
    const socket = connect({ host: db.host, port: db.boltPort });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function boltAnswers() {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password), {
    connectionTimeout: 2000,
  });
  try {
    await driver.verifyConnectivity();
    return { ok: true };
  } catch (error) {
    return { ok: false, code: error.code, message: error.message };
  } finally {
    await driver.close();
  }
}

function classpath() {
  try {
    return neo4jClasspath();
  } catch (error) {
    return fail(error.message);
  }
}

function tail(file, lines = 30) {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function start() {
  const pid = readPid();
  if (pid && alive(pid)) {
    const answer = await waitForBolt(pid);
    console.log(`db: already running (pid ${pid}) on ${db.uri}`);
    return answer;
  }
  if (await portOpen()) {
    const answer = await boltAnswers();
    if (answer.ok) {
      console.log(`db: a Neo4j not started by this script already answers on ${db.uri}; using it`);
      return;
    }
    fail(`port ${db.boltPort} is taken by something else (${answer.message}). Set OPSPOR_NEO4J_BOLT_PORT to another port.`);
  }
  if (!has('java')) {
    fail(
      'Java is not installed: Neo4j needs Java 17 or newer (e.g. apt-get install openjdk-17-jre-headless), or set NEO4J_URI to a Neo4j you run yourself.',
    );
  }
  const cp = classpath();
  mkdirSync(db.home, { recursive: true });
  rmSync(readyFile, { force: true });
  const log = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [`-Xms${db.heap}`, `-Xmx${db.heap}`, '-XX:+UseG1GC', '-cp', cp, join(repoRoot, 'db/launcher/Neo4jLauncher.java')],
    {
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        OPSPOR_NEO4J_HOME: db.home,
        OPSPOR_NEO4J_HOST: db.host,
        OPSPOR_NEO4J_BOLT_PORT: String(db.boltPort),
        OPSPOR_NEO4J_PASSWORD: db.password,
        OPSPOR_NEO4J_TX_TIMEOUT: db.txTimeout,
        OPSPOR_NEO4J_TX_MEMORY: db.txMemory,
        OPSPOR_NEO4J_PAGECACHE: db.pagecache,
      },
    },
  );
  closeSync(log);
  writeFileSync(pidFile, String(child.pid));
  child.unref();
  console.log(`db: starting Neo4j ${NEO4J_VERSION} (pid ${child.pid}, data in ${db.home})…`);
  await waitForBolt(child.pid);
  console.log(`db: ready on ${db.uri}`);
}

async function waitForBolt(pid) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last;
  while (Date.now() < deadline) {
    if (!alive(pid)) {
      rmSync(pidFile, { force: true });
      fail(`Neo4j exited during start. Last lines of ${logFile}:\n${tail(logFile)}`);
    }
    const ready = existsSync(readyFile);
    last = ready ? await boltAnswers() : { ok: false, message: 'still starting' };
    if (last.ok) return;
    if (last.code === 'Neo.ClientError.Security.Unauthorized') {
      fail(`Neo4j at ${db.uri} refused the configured password. The data folder ${db.home} was created with another NEO4J_PASSWORD.`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  fail(`Neo4j did not answer on ${db.uri} within ${START_TIMEOUT_MS / 1000}s (${last?.message}). Log: ${logFile}`);
}

async function stop() {
  const pid = readPid();
  if (!pid || !alive(pid)) {
    rmSync(pidFile, { force: true });
    console.log('db: not running (nothing started by this script)');
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
  console.log(`db: stopped (pid ${pid})`);
}

async function status() {
  const pid = readPid();
  const running = pid !== undefined && alive(pid);
  const answer = await boltAnswers();
  if (answer.ok) {
    console.log(`db: running on ${db.uri}${running ? ` (pid ${pid}, started by this script)` : ' (not started by this script)'}`);
    return;
  }
  console.log(`db: not answering on ${db.uri}${running ? ` (pid ${pid} alive, still starting?)` : ''}`);
  process.exitCode = 3;
}

const command = process.argv[2];
const commands = { start, stop, status };
if (!(command in commands)) fail('usage: node scripts/db.mjs start|stop|status');
await commands[command]();
