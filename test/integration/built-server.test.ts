import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import '../support/env.js';

const root = join(import.meta.dirname, '..', '..');
const main = join(root, 'server', 'dist', 'main.js');
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
});

/** Boots the compiled server under plain node, as `npm start` and the Docker image do. */
describe('the built server', () => {
  it('starts under plain node, serves /health, GraphQL and the client, and stops on SIGTERM', async () => {
    expect(existsSync(main), 'npm test builds the server first').toBe(true);
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    child = spawn('node', [main], {
      env: { ...process.env, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 60_000;
    let health: Response | undefined;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the built server exited: ${output}`);
      health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (health) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(health?.status).toBe(200);
    const gql = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(((await gql.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    if (existsSync(join(root, 'client', 'dist', 'index.html'))) {
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text()).toMatch(/<div id="root">/);
    }
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child!.once('exit', (code, signal) => resolve({ code, signal })),
    );
    child.kill('SIGTERM');
    // Nest closes the app (driver, timers) and then re-raises the signal
    expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
  });
});
