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

/** The audit checkpoint file: configured, or one per local Neo4j under .opspor/ (git-ignored). */
export function auditCheckpointFile(config: Pick<AppConfig, 'OPSPOR_AUDIT_CHECKPOINT_FILE' | 'NEO4J_URI'>): string {
  if (config.OPSPOR_AUDIT_CHECKPOINT_FILE) return resolve(config.OPSPOR_AUDIT_CHECKPOINT_FILE);
  const where = config.NEO4J_URI.replace(/^[a-z0-9+]+:\/\//, '').replace(/[^A-Za-z0-9.-]+/g, '-');
  return resolve(repoRoot, '.opspor', `audit-checkpoints-${where}.jsonl`);
}
