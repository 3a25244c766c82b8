// The API in-process, serving the built client (client/dist), against the real Neo4j.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, type TestApp } from '../../support/app.js';

export const CLIENT_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'client', 'dist');

export async function startServerWithClient(): Promise<TestApp> {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`The built client is missing (${CLIENT_DIST}): run \`npm run build -w client\` first`);
  }
  return startApp();
}
