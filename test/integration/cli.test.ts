// The README's CLI commands, run as a newcomer runs them: `npm run …` in a fresh shell with no
// NEO4J_* variables (only PATH and HOME; OPSPOR_NEO4J_BOLT_PORT because the test database may run
// on another port than the default, read exactly as scripts/local-neo4j.mjs reads it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { startApp, type TestApp } from '../support/app.js';
import { countWithPrefix, removeWithPrefix } from '../support/data.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'opspor-cli-'));
let t: TestApp;
let P: string;

function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  if (process.env.OPSPOR_NEO4J_BOLT_PORT) env.OPSPOR_NEO4J_BOLT_PORT = process.env.OPSPOR_NEO4J_BOLT_PORT;
  return { ...env, ...extra };
}

function npm(args: string[], extra: Record<string, string> = {}) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '-s', ...args], { cwd: root, env: cleanEnv(extra), encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

const STACK = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function records(prefix: string): object[] {
  return [
    { type: 'person', id: `${prefix}mor`, name: 'Anne Clisen', sex: 'F', birthDate: '1985-02-03' },
    { type: 'person', id: `${prefix}far`, name: 'Bo Clisen', sex: 'M', birthDate: '1983-05-06' },
    { type: 'person', id: `${prefix}barn`, name: 'Carl Clisen', sex: 'M', birthDate: '2015-07-08' },
    { type: 'address', id: `${prefix}adr`, street: 'Clivej 1', postalCode: '9000', city: 'Aalborg', municipalityCode: '851' },
    { type: 'residence', personId: `${prefix}mor`, addressId: `${prefix}adr`, from: '2014-01-01' },
    { type: 'residence', personId: `${prefix}barn`, addressId: `${prefix}adr`, from: '2015-07-08' },
    { type: 'parent', parentId: `${prefix}mor`, childId: `${prefix}barn` },
    { type: 'parent', parentId: `${prefix}far`, childId: `${prefix}barn` },
    {
      type: 'case',
      id: `${prefix}sag`,
      journalNo: '5100-80120-00001-26',
      category: 'vold',
      occurredAt: '2026-10-01T21:00:00+02:00',
      policeDistrictCode: 'NJY',
    },
    { type: 'involvement', caseId: `${prefix}sag`, personId: `${prefix}far`, role: 'suspect' },
  ];
}
const jsonl = (rs: object[]) => `${rs.map((r) => JSON.stringify(r)).join('\n')}\n`;

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
  // The first run compiles the server when dist is missing or stale; later runs use dist as is.
  const migrate = npm(['db:migrate']);
  expect(migrate.stderr.replace(/cli: .*\n/g, '')).toBe('');
  expect(migrate.status).toBe(0);
}, 300_000);
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

describe('the CLIs from a fresh shell, without NEO4J_* variables', () => {
  it('npm run ingest, npm run scan and npm run audit:verify work against the local Neo4j', async () => {
    const prefix = `${P}ok-`;
    const path = file('ten.jsonl', jsonl(records(prefix)));
    const ingest = npm(['ingest', '--', path]);
    console.log(`npm run ingest of a 10-record file: ${(ingest.ms / 1000).toFixed(2)} s including start-up`);
    // the only word on stderr: the CLI may wait for a busy Neo4j (issue 14 item 11)
    expect(ingest.stderr.replace(/^Neo4j: waiting up to \d+ s for the database when it is busy or restarting\n/m, '')).toBe('');
    expect(ingest.stdout).toMatch(/ingested 10 records in \d+ batches, .*: 10 applied, 0 unchanged, 0 skipped as stale, 0 retracted/);
    expect(ingest.status).toBe(0);
    expect(await countWithPrefix(t.graph, prefix)).toEqual({ nodes: 5, relationships: 7 });

    const again = npm(['ingest', '--', path]);
    expect(again.stdout).toMatch(/0 applied, 10 unchanged/);

    const scan = npm(['scan', '--', '--as-of', '2026-11-30']);
    expect(scan.stderr.replace(/^Neo4j: waiting up to \d+ s for the database when it is busy or restarting\n/m, '')).toBe('');
    // a date before today is a back-test: it says so and changes no live flag (issue 20)
    expect(scan.stdout).toMatch(/^back-test as of 2026-11-30 \(before today: live flags were not changed\): \d+ clusters/m);
    expect(scan.status).toBe(0);

    const verify = npm(['audit:verify']);
    expect(verify.stdout).toMatch(/^audit log intact: \d+ entries verified/m);
    expect(verify.status).toBe(0);

    // The CLI ingest is audited: operator, file name, and each record's line and key.
    const [entry] = await t.app.get(AuditService).search({ operation: 'ingest', personId: `${prefix}far`, limit: 1 });
    expect(entry?.actor).toMatch(/^cli:/);
    const detail = JSON.parse(entry!.detail!) as { batch: { source: string; file: string }; changes: { line: number; key: string }[] };
    expect(detail.batch).toMatchObject({ source: 'cli', file: 'ten.jsonl' });
    expect(detail.changes).toContainEqual(
      expect.objectContaining({ line: 10, key: `involvement caseId=${prefix}sag personId=${prefix}far` }),
    );
  });

  it('refuses a file with invalid UTF-8 naming the line, writes nothing, and accepts a leading BOM', async () => {
    const prefix = `${P}utf-`;
    const [a, b] = records(prefix).map((r) => Buffer.from(JSON.stringify(r)));
    const broken = Buffer.concat([
      a!,
      Buffer.from('\n'),
      b!.subarray(0, 20),
      Buffer.from([0xc3, 0x28]),
      b!.subarray(20),
      Buffer.from('\n'),
    ]);
    const bad = npm(['ingest', '--', file('broken.jsonl', broken)]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/line 2, \(line\): not valid UTF-8/);
    expect(bad.stderr).not.toMatch(STACK);
    expect(await countWithPrefix(t.graph, prefix)).toEqual({ nodes: 0, relationships: 0 });

    const bom = npm(['ingest', '--', file('bom.jsonl', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), a!, Buffer.from('\n')]))]);
    expect(bom.stdout).toMatch(/1 applied/);
    expect(bom.status).toBe(0);
  });

  it('says in one line, without a stack trace, when Neo4j is not there', () => {
    for (const command of [['ingest', '--', file('x.jsonl', '{}\n')], ['scan'], ['audit:verify']]) {
      const down = npm(command, { OPSPOR_NEO4J_BOLT_PORT: '9' });
      expect(down.status).toBe(1);
      expect(down.stderr).toMatch(/Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:9 \(start it: npm run db:start, or npm start\)/);
      expect(down.stderr).not.toMatch(STACK);
      expect(down.stdout).toBe('');
    }
  });

  it('explains a bad argument and a rejected file line by line', () => {
    const usage = npm(['ingest']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^usage: npm run ingest -- FILE.jsonl/);
    const rejected = npm(['ingest', '--', file('bad.jsonl', '{"type":"person","id":"x"}\n')]);
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toMatch(/rejected, nothing was written.*\n {2}line 1, name: is required/);
    expect(rejected.stderr).not.toMatch(STACK);
  });
});
