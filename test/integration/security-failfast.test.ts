// Issue 14 item 11: when Neo4j is down, requests fail fast with DATABASE_UNAVAILABLE instead of
// hanging for the driver's 30-second retry window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CONFIG } from '../../server/src/config/config.token.js';
import type { AppConfig } from '../../server/src/config/config.schema.js';
import { auditCheckpointFile } from '../../server/src/config/paths.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { rawRequest } from '../support/http.js';
import { TcpProxy } from '../support/tcp-proxy.js';

let t: TestApp;
let proxy: TcpProxy;
let analyst: Client;

beforeAll(async () => {
  const target = new URL((process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687').replace(/^bolt/, 'http'));
  proxy = new TcpProxy(target.hostname, Number(target.port));
  const port = await proxy.start();
  const saved = { uri: process.env.NEO4J_URI, file: process.env.OPSPOR_AUDIT_CHECKPOINT_FILE };
  // the same database through the proxy: its checkpoints go to the same file as without it
  const file = auditCheckpointFile({ NEO4J_URI: saved.uri ?? '', OPSPOR_AUDIT_CHECKPOINT_FILE: saved.file });
  Object.assign(process.env, { NEO4J_URI: `bolt://127.0.0.1:${port}`, OPSPOR_AUDIT_CHECKPOINT_FILE: file });
  try {
    t = await startApp();
  } finally {
    process.env.NEO4J_URI = saved.uri;
    if (saved.file === undefined) delete process.env.OPSPOR_AUDIT_CHECKPOINT_FILE;
    else process.env.OPSPOR_AUDIT_CHECKPOINT_FILE = saved.file;
  }
  analyst = await signedIn(t, 'analyst');
});
afterAll(async () => {
  await proxy.cut();
  await t.close().catch(() => undefined);
});

describe('Neo4j goes away', () => {
  it('uses short driver timeouts on request paths', () => {
    const config = t.app.get<AppConfig>(APP_CONFIG);
    expect(config.NEO4J_MAX_RETRY_MS).toBeLessThanOrEqual(1000);
    expect(config.NEO4J_ACQUISITION_TIMEOUT_MS).toBeLessThanOrEqual(2000);
    expect(config.NEO4J_CONNECTION_TIMEOUT_MS).toBeLessThanOrEqual(2000);
  });

  it('answers GraphQL with DATABASE_UNAVAILABLE, REST with 503, /health with 503, and never hangs in the retry window', async () => {
    // a read that needs the database (`me` is answered from the principal cache for a few seconds)
    expect((await analyst.gql('{ riskPolicy { version } }')).errors).toBeUndefined();
    await proxy.cut();
    const started = Date.now();
    const result = await analyst.gql('{ riskPolicy { version } }');
    const graphqlMs = Date.now() - started;
    expect(result.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(result.errors?.[0]?.message).toBe('The database is not reachable right now');
    expect(JSON.stringify(result)).not.toMatch(/bolt|127\.0\.0\.1|ServiceUnavailable|Neo4jError/);

    const report = await rawRequest(`${t.url}/api/reports/x.pdf`, {
      headers: { authorization: `Bearer ${analyst.token}`, 'x-opspor-purpose': encodeURIComponent('Socialsøg-screening') },
    });
    expect(report.status).toBe(503);
    expect(JSON.parse(report.body)).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    const health = await rawRequest(`${t.url}/health`);
    expect(health.status).toBe(503);
    // Not a speed target: the point is that the 30-second retry window is gone (measured here
    // about 1-2 s; the bound only separates "fails fast" from "waits out the retries").
    expect(graphqlMs).toBeLessThan(15_000);
    expect(report.ms).toBeLessThan(15_000);
  });
});
