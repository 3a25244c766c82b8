// What every CLI shares: the project's local Neo4j by default (as `npm start` uses it), quiet
// logs, and one clear line on failure (the stack trace only with --verbose).
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError } from '../common/app-error.js';
import { ConfigError } from '../config/config.schema.js';
import type { IngestRejectedError } from '../ingest/ingest-writer.js';

/** The repository (server/src/cli or server/dist/cli: three levels up). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const verbose = process.argv.includes('--verbose');

/** The CLI's own arguments, without --verbose. */
export function cliArgs(): string[] {
  return process.argv.slice(2).filter((a) => a !== '--verbose');
}

/** The operator of a CLI run, for the audit log and the provenance of ingested records. */
export function cliActor(): { id: string; role: string } {
  let name = process.env.USER ?? 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // no passwd entry (containers): keep $USER
  }
  return { id: `cli:${name}`, role: 'admin' };
}

/**
 * Without NEO4J_URI, points at the project's own loopback Neo4j exactly as `npm start` does
 * (scripts/local-neo4j.mjs: OPSPOR_NEO4J_BOLT_PORT, default 7687, and its built-in password).
 */
async function localDefaults(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const file = resolve(repoRoot, 'scripts', 'local-neo4j.mjs');
    if (existsSync(file)) {
      const local = (await import(pathToFileURL(file).href)) as { localNeo4jEnv(): Record<string, string> };
      Object.assign(process.env, local.localNeo4jEnv());
    }
  }
  // A CLI issues no tokens, but the config requires a secret in production.
  if (process.env.NODE_ENV === 'production' && !process.env.OPSPOR_TOKEN_SECRET) {
    process.env.OPSPOR_TOKEN_SECRET = (await import('node:crypto')).randomBytes(32).toString('hex');
  }
  process.env.LOG_LEVEL ??= verbose ? 'info' : 'fatal';
}

/** A rejected file: nothing was written; each problem by line, field and reason. */
export function printRejected(name: string, error: IngestRejectedError): void {
  console.error(`${name}: rejected, nothing was written. ${error.totalProblems} problem(s):`);
  for (const p of error.problems) console.error(`  line ${p.line}, ${p.field}: ${p.reason}`);
  if (error.totalProblems > error.problems.length) console.error(`  … and ${error.totalProblems - error.problems.length} more`);
}

/** One line that says what went wrong and what to do. */
export function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return `configuration: ${error.problems.join('; ')}`;
  if (error instanceof AppError) return error.message;
  const e = error as { code?: string; message?: string; cause?: unknown };
  const uri = process.env.NEO4J_URI ?? '(unset)';
  const text = `${e?.code ?? ''} ${e?.message ?? String(error)}`;
  if (e?.code === 'ServiceUnavailable' || /ECONNREFUSED|ECONNRESET|connection.*(closed|refused|terminated)/i.test(text)) {
    const local = /127\.0\.0\.1|localhost/.test(uri) ? ' (start it: npm run db:start, or npm start)' : '';
    return `Neo4j is not reachable at ${uri}${local}`;
  }
  if (e?.code === 'Neo.ClientError.Security.Unauthorized')
    return `Neo4j refused the credentials for ${uri} (check NEO4J_USERNAME and NEO4J_PASSWORD)`;
  return (e?.message ?? String(error)).split('\n')[0]!;
}

/** Runs a CLI: sets the defaults, runs it, and reports a failure as one line (exit code 1). */
export async function runCli(name: string, main: () => Promise<number | void>): Promise<void> {
  try {
    await localDefaults();
    const code = await main();
    if (typeof code === 'number') process.exitCode = code;
  } catch (error) {
    console.error(`${name}: ${describeFailure(error)}`);
    if (verbose) console.error(error);
    else console.error(`${name}: (run with --verbose for details)`);
    process.exitCode = 1;
  }
}
