// Issue 14 items 7, 8 and 9: sign-in abuse, rate limits that answer 429, REST behind the same guard.
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { ACCESS_RULE } from '../../server/src/auth/access.decorator.js';
import { AccessGuard } from '../../server/src/auth/access.guard.js';
import { ApiKeyAuthenticator } from '../../server/src/auth/api-key-authenticator.js';
import { AuthService } from '../../server/src/auth/auth.service.js';
import { AppError } from '../../server/src/common/app-error.js';
import { APP_CONFIG } from '../../server/src/config/config.token.js';
import { rootLogger, setLogDestination } from '../../server/src/logging/logger.js';
import { TEST_PASSWORD, signedIn, startApp, type TestApp } from '../support/app.js';
import { rawGql, rawRequest } from '../support/http.js';

const SIGN_IN = 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }';
const PURPOSE = { 'x-opspor-purpose': encodeURIComponent('Socialsøg-screening') };

/** Starts an app with some settings for this file only. */
async function startWith(env: Record<string, string>): Promise<TestApp> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await startApp();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

let t: TestApp;

beforeAll(async () => {
  t = await startWith({ OPSPOR_SIGNIN_PER_IP_PER_MINUTE: '6', OPSPOR_SIGNIN_PER_MINUTE: '1000', OPSPOR_REPORTS_PER_MINUTE: '3' });
});
afterAll(async () => {
  await t.close();
});

describe('sign-in abuse (item 7)', () => {
  it('throttles guesses from one address: the 7th in a minute gets HTTP 429 with Retry-After', async () => {
    const from = '127.0.0.11';
    const answers = [];
    for (let i = 0; i < 8; i += 1)
      answers.push(await rawGql(t.url, SIGN_IN, { u: `${t.runId}-nobody${i}`, p: 'Guess-Password-1' }, { localAddress: from }));
    expect(answers.slice(0, 6).map((a) => a.json.errors?.[0]?.extensions?.code)).toEqual(Array(6).fill('UNAUTHENTICATED'));
    for (const limited of answers.slice(6)) {
      expect(limited.status).toBe(429);
      expect(limited.json.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    }
    // another address is not held up by this one
    const other = await rawGql(t.url, SIGN_IN, { u: `${t.runId}-nobody`, p: 'Guess-Password-1' }, { localAddress: '127.0.0.12' });
    expect(other.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('throttles across all addresses too', async () => {
    const app = await startWith({ OPSPOR_SIGNIN_PER_IP_PER_MINUTE: '100', OPSPOR_SIGNIN_PER_MINUTE: '4' });
    try {
      const codes = [];
      for (let i = 0; i < 6; i += 1) {
        const answer = await rawGql(app.url, SIGN_IN, { u: `${app.runId}-x`, p: 'Guess-Password-1' }, { localAddress: `127.0.1.${i + 1}` });
        codes.push(answer.json.errors?.[0]?.extensions?.code);
      }
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
    } finally {
      await app.close();
    }
  });

  it('answers a locked account exactly like an unknown user; the audit log and the server log tell them apart', async () => {
    const username = `${t.runId}-locked`.toLowerCase();
    await t.app.get(AuthService).createUser({ username, password: TEST_PASSWORD, role: 'analyst' });
    const from = '127.0.0.13';
    for (let i = 0; i < 5; i += 1) await rawGql(t.url, SIGN_IN, { u: username, p: 'Wrong-Password-123' }, { localAddress: from });
    const lines: string[] = [];
    const level = rootLogger.level;
    rootLogger.level = 'info';
    const restore = setLogDestination({ write: (line: string) => void lines.push(line) });
    let locked;
    try {
      locked = await rawGql(t.url, SIGN_IN, { u: username, p: TEST_PASSWORD }, { localAddress: '127.0.0.14' });
    } finally {
      restore();
      rootLogger.level = level;
    }
    const unknown = await rawGql(t.url, SIGN_IN, { u: `${t.runId}-nobody`, p: TEST_PASSWORD }, { localAddress: '127.0.0.14' });
    expect(locked.status).toBe(unknown.status);
    const strip = (r: typeof locked) => r.json.errors?.map((e) => ({ message: e.message, code: e.extensions?.code }));
    expect(strip(locked)).toEqual(strip(unknown));
    expect(strip(locked)).toEqual([{ message: 'Wrong username or password', code: 'UNAUTHENTICATED' }]);
    expect(locked.body).not.toMatch(/lock/i);
    const [entry] = await t.app.get(AuditService).search({ actor: username, operation: 'signIn', limit: 1 });
    expect(entry).toMatchObject({ outcome: 'denied', detail: JSON.stringify({ reason: 'locked' }) });
    expect(lines.join('')).toMatch(/account is locked/);
  });

  it('refuses common passwords such as Password1234 when a user is created', async () => {
    const admin = await signedIn(t, 'admin');
    const create = (password: string) =>
      admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) }', {
        i: { username: `${t.runId}-common`.toLowerCase(), password, role: 'ANALYST' },
      });
    for (const common of ['Password1234', 'Qwerty123456', 'Welcome12345!']) {
      const refused = await create(common);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      expect(refused.errors?.[0]?.message).toMatch(/too common/);
    }
    expect((await create('Tre-Lange-Ord-i-Skoven-7')).data).toEqual({ createUser: true });
  });
});

describe('REST routes go through the same guard (item 9) and are rate limited (item 8)', () => {
  it('every controller route declares an access rule', () => {
    const routes: string[] = [];
    const missing: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const proto = (wrapper.metatype as { prototype: Record<string, unknown> }).prototype;
        for (const name of Object.getOwnPropertyNames(proto)) {
          const handler = proto[name];
          if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata('path', handler) === undefined) continue;
          routes.push(`${wrapper.name}.${name}`);
          if (!Reflect.getMetadata(ACCESS_RULE, handler) && !Reflect.getMetadata(ACCESS_RULE, wrapper.metatype as object)) {
            missing.push(`${wrapper.name}.${name}`);
          }
        }
      }
    }
    expect(routes).toEqual(expect.arrayContaining(['ReportController.document', 'HealthController.health']));
    expect(missing).toEqual([]);
  });

  it('refuses a REST handler that declares no rule (deny by default)', async () => {
    const app: INestApplication = t.app;
    const guard = new AccessGuard(new Reflector(), app.get(AuthService), app.get(ApiKeyAuthenticator), app.get(APP_CONFIG));
    class Undeclared {
      open(): string {
        return 'person data';
      }
    }
    const req = { headers: {}, query: {}, cookies: {} };
    const context = new ExecutionContextHost([req, {}], Undeclared, Undeclared.prototype.open);
    context.setType('http');
    await expect(guard.canActivate(context)).rejects.toMatchObject({ code: 'FORBIDDEN' } satisfies Partial<AppError>);
  });

  it('/api/reports: no session 401, a wrong role 403, no purpose 400, then the per-user limit answers 429', async () => {
    const url = `${t.url}/api/reports/${t.runId}-nope.pdf`;
    const none = await rawRequest(url, { headers: PURPOSE });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ code: 'UNAUTHENTICATED' });
    const caseworker = await signedIn(t, 'caseworker', { municipalityCode: '851' });
    const wrongRole = await rawRequest(url, { headers: { authorization: `Bearer ${caseworker.token}`, ...PURPOSE } });
    expect(wrongRole.status).toBe(403);
    const analyst = await signedIn(t, 'analyst');
    const auth = { authorization: `Bearer ${analyst.token}` };
    const noPurpose = await rawRequest(url, { headers: auth });
    expect(noPurpose.status).toBe(400);
    expect(JSON.parse(noPurpose.body)).toMatchObject({ code: 'PURPOSE_REQUIRED' });
    // the limit is 3 documents a minute: the refused one above counted too
    const statuses = [];
    for (let i = 0; i < 2; i += 1) statuses.push((await rawRequest(url, { headers: { ...auth, ...PURPOSE } })).status);
    expect(statuses).toEqual([404, 404]);
    const limited = await rawRequest(url, { headers: { ...auth, ...PURPOSE } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body)).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.body).not.toMatch(/at .*\.js|stack/);
  });

  it('/health stays public', async () => {
    const health = await rawRequest(`${t.url}/health`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
  });
});

describe('the session cookie (item 10)', () => {
  const setCookieOf = async (app: TestApp) => {
    const username = `${app.runId}-cookie`.toLowerCase();
    await app.app.get(AuthService).createUser({ username, password: TEST_PASSWORD, role: 'analyst' });
    const answer = await rawGql(app.url, SIGN_IN, { u: username, p: TEST_PASSWORD });
    const cookie = answer.headers['set-cookie'];
    return (Array.isArray(cookie) ? cookie : [cookie ?? '']).find((c) => c.startsWith('opspor_session=')) ?? '';
  };

  it('is HttpOnly and SameSite=Strict, and not Secure only while the API listens on loopback over plain HTTP', async () => {
    const local = await setCookieOf(t);
    expect(local).toMatch(/HttpOnly/i);
    expect(local).toMatch(/SameSite=Strict/i);
    expect(local).not.toMatch(/;\s*Secure/i);
    const exposed = await startWith({ HOST: '0.0.0.0' });
    try {
      expect(await setCookieOf(exposed)).toMatch(/;\s*Secure/i);
    } finally {
      await exposed.close();
    }
  });
});
