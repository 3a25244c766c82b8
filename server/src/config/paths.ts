import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from './config.schema.js';

// server/src/config or server/dist/config: the repository root is three levels up.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function cypherDir(config: Pick<AppConfig, 'OPSPOR_CYPHER_DIR'>): string {
  return config.OPSPOR_CYPHER_DIR ? resolve(config.OPSPOR_CYPHER_DIR) : resolve(repoRoot, 'cypher');
}

export function clientDir(config: Pick<AppConfig, 'OPSPOR_CLIENT_DIR'>): string {
  return config.OPSPOR_CLIENT_DIR ? resolve(config.OPSPOR_CLIENT_DIR) : resolve(repoRoot, 'client', 'dist');
}

export const schemaFile = resolve(repoRoot, 'server', 'schema.graphql');
