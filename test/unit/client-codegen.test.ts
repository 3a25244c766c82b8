import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run typecheck` starts with `npm run codegen`, which checks every client operation against
// the committed server schema. This test proves it on a copy of the client whose inbox query
// selects a field the schema lacks, and on an unbroken copy (so the failure is the field's).
// (NODE_ENV=test would make codegen print only its last line.)

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const codegen = join(root, 'node_modules/.bin/graphql-codegen');
const work = mkdtempSync(join(tmpdir(), 'opspor-codegen-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyClient(name: string): string {
  const dir = join(work, name);
  cpSync(join(root, 'client/src'), join(dir, 'client/src'), { recursive: true, filter: (path) => !path.includes('/src/gql') });
  cpSync(join(root, 'client/codegen.yml'), join(dir, 'client/codegen.yml'));
  cpSync(join(root, 'server/schema.graphql'), join(dir, 'server/schema.graphql'));
  cpSync(join(root, 'scripts/codegen-pure.mjs'), join(dir, 'scripts/codegen-pure.mjs'));
  // the preset and plugins resolve from the project's own packages
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return join(dir, 'client');
}

async function generate(client: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(codegen, ['--config', 'codegen.yml'], {
      cwd: client,
      env: { ...process.env, CI: 'true', NODE_ENV: 'development' },
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message ?? ''}` };
  }
}

describe('client operations are checked against the schema', () => {
  it('the client as committed generates its typed documents', async () => {
    const result = await generate(copyClient('good'));
    expect(result.output).not.toMatch(/Validation failed/);
    expect(result.ok).toBe(true);
  }, 120_000);

  it('a query that selects a field the schema lacks fails, naming the field and the file', async () => {
    const client = copyClient('broken');
    const file = join(client, 'src/review/review-queries.ts');
    const source = readFileSync(file, 'utf8');
    const broken = source.replace('total endCursor newSince', 'total endCursor newSince noSuchField');
    expect(broken).not.toBe(source);
    writeFileSync(file, broken);
    const result = await generate(client);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('Cannot query field "noSuchField" on type "FlagPage"');
    expect(result.output).toContain('review-queries.ts');
  }, 120_000);
});
