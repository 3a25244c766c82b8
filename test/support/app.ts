import './env.js';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../server/src/app.factory.js';
import { AuthService } from '../../server/src/auth/auth.service.js';
import { GraphService } from '../../server/src/graph/graph.service.js';
import type { Role } from '../../server/src/auth/roles.js';

export interface TestApp {
  app: INestApplication;
  url: string;
  graph: GraphService;
  /** a short unique prefix for this test file's records */
  runId: string;
  close(): Promise<void>;
}

/** The real API on a random loopback port against the real Neo4j. */
export async function startApp(): Promise<TestApp> {
  const { app } = await createApp();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    graph: app.get(GraphService),
    runId: `t${randomUUID().slice(0, 8)}`,
    close: () => app.close(),
  };
}

export const TEST_PASSWORD = 'Test-Password-2026!';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

export class Client {
  token: string | undefined;
  purpose: string | undefined = 'Socialsøg-screening';
  constructor(readonly url: string) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.purpose ? { 'x-opspor-purpose': encodeURIComponent(this.purpose) } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  }

  /** Data of a query that must succeed; throws with the errors otherwise. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.okIn<T>(undefined, query, variables);
  }

  /** `ok`, with the answer's texts asked for in a language (Accept-Language). */
  async okIn<T = Record<string, unknown>>(
    lang: 'da' | 'en' | undefined,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.gql<T>(query, variables, lang ? { 'accept-language': lang } : {});
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

/** Creates a user of this run and returns a client signed in as them. */
export async function signedIn(
  t: TestApp,
  role: Role,
  extra: { districtCode?: string; municipalityCode?: string } = {},
): Promise<Client & { username: string }> {
  const username = `${t.runId}-${role}-${randomUUID().slice(0, 6)}`.toLowerCase();
  await t.app.get(AuthService).createUser({
    username,
    password: TEST_PASSWORD,
    role,
    districtCode: extra.districtCode ?? (role === 'coordinator' ? 'NJY' : null),
    municipalityCode: extra.municipalityCode ?? null,
  });
  const client = new Client(t.url) as Client & { username: string };
  client.username = username;
  const data = await client.ok<{ signIn: { token: string } }>(
    'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    { u: username, p: TEST_PASSWORD },
  );
  client.token = data.signIn.token;
  return client;
}
