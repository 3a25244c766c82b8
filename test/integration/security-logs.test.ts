// Issue 14 item 3 and issue 15 item 6: no secret reaches a log line; request logs are short and readable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootLogger, setLogDestination } from '../../server/src/logging/logger.js';
import { Client, signedIn, startApp, type TestApp } from '../support/app.js';

let t: TestApp;
const lines: string[] = [];
let restore: () => void;
let level: string;

beforeAll(async () => {
  t = await startApp();
  level = rootLogger.level;
  rootLogger.level = 'debug';
  restore = setLogDestination({ write: (line: string) => void lines.push(line) });
});

afterAll(async () => {
  restore();
  rootLogger.level = level;
  await t.close();
});

describe('secrets stay out of the logs', () => {
  it('signs in, calls with the token, the cookie and an API key: the log holds none of them', async () => {
    const admin = await signedIn(t, 'admin');
    const token = admin.token!;
    expect((await admin.gql('{ me { username } }')).data).toBeTruthy();
    const cookieCall = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `opspor_session=${token}` },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(cookieCall.status).toBe(200);
    const created = await admin.ok<{ createApiKey: { key: string } }>(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }',
      {
        i: {
          name: `${t.runId}-logs`,
          queries: ['cases-by-category'],
          organisation: 'district:NJY',
          purpose: 'Kvalitetskontrol',
          expiresAt: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10),
        },
      },
    );
    const key = created.createApiKey.key;
    const keyClient = new Client(t.url);
    keyClient.purpose = undefined;
    const run = await keyClient.gql(
      'query($n: String!, $p: JSON) { runSavedQuery(name: $n, params: $p) { columns } }',
      { n: 'cases-by-category', p: { category: 'vold', from: '2024-01-01', to: '2024-12-31' } },
      { 'x-api-key': key },
    );
    expect(run.errors ?? []).toEqual([]);
    // a refused key and a refused token are logged as requests too
    await keyClient.gql('{ me { username } }', {}, { 'x-api-key': `${key.slice(0, -4)}AAAA` });
    await keyClient.gql('{ me { username } }', {}, { authorization: `Bearer ${token}x` });
    const requestLog = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    expect(requestLog).not.toMatch(/authorization|x-api-key|"cookie"|headers/i);
    // something logged by hand with headers in it is redacted as well
    rootLogger.warn(
      { req: { headers: { authorization: `Bearer ${token}`, 'x-api-key': key, cookie: `opspor_session=${token}` } } },
      'by hand',
    );
    const log = lines.join('');
    const secretParts = [token, token.split('.')[2]!, key, key.slice(-43)];
    for (const secret of secretParts) expect(log).not.toContain(secret);
    expect(log).toContain('"authorization":"[redacted]"');
  });

  it('a request log line carries method, path, status, duration and request id, and no headers', async () => {
    lines.length = 0;
    const res = await fetch(`${t.url}/graphql?secret=abc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-logs-12345678', 'user-agent': 'logs-test' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    const entry = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => (l.req as { id?: string })?.id === 'req-logs-12345678');
    expect(entry).toMatchObject({
      req: { id: 'req-logs-12345678', method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(JSON.stringify(entry)).not.toMatch(/user-agent|logs-test|secret=abc|headers/);
  });
});
