import { createSign, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startApp, type TestApp } from '../support/app.js';

// An identity provider of our own: an RSA key pair, the way Keycloak signs access tokens (RS256).
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ISSUER = 'https://idp.example.test/realms/politi';
const AUDIENCE = 'opspor';
const SET = {
  OPSPOR_OIDC_ISSUER: ISSUER,
  OPSPOR_OIDC_AUDIENCE: AUDIENCE,
  OPSPOR_OIDC_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  OPSPOR_LOCAL_SIGN_IN: 'false',
};
const saved: Record<string, string | undefined> = {};
let t: TestApp;

function token(claims: Record<string, unknown>, key = privateKey): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 300, sub: 'u-1', ...claims })}`;
  const signature = createSign('RSA-SHA256').update(body).sign(key).toString('base64url');
  return `${body}.${signature}`;
}

beforeAll(async () => {
  for (const [k, v] of Object.entries(SET)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  t = await startApp();
});
afterAll(async () => {
  await t?.close();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

async function meWith(bearer: string) {
  const client = new Client(t.url);
  client.token = bearer;
  return client.gql<{ me: { username: string; role: string; districtCode: string | null } }>('{ me { username role districtCode } }');
}

describe('sign-in through an OIDC provider (configuration only)', () => {
  it('accepts the provider’s tokens and maps role and district from its claims', async () => {
    const result = await meWith(token({ preferred_username: 'koordinator.nj', opspor_role: 'coordinator', opspor_district: 'NJY' }));
    expect(result.data?.me).toEqual({ username: 'oidc:koordinator.nj', role: 'COORDINATOR', districtCode: 'NJY' });
    const client = new Client(t.url);
    client.token = token({ preferred_username: 'koordinator.nj', opspor_role: 'coordinator', opspor_district: 'NJY' });
    expect((await client.gql('{ flags(first: 1) { total } }')).errors).toBeUndefined();
  });

  it('refuses tokens with the wrong issuer, audience, signature, expiry or role', async () => {
    const { privateKey: otherKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const now = Math.floor(Date.now() / 1000);
    for (const bad of [
      token({ opspor_role: 'analyst', iss: 'https://evil.example.test' }),
      token({ opspor_role: 'analyst', aud: 'someone-else' }),
      token({ opspor_role: 'analyst' }, otherKey),
      token({ opspor_role: 'analyst', exp: now - 10 }),
      token({ opspor_role: 'api-client' }),
      token({ opspor_role: 'superuser' }),
      token({ opspor_role: 'coordinator' }), // a coordinator without a district
    ]) {
      expect((await meWith(bad)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('turns local sign-in off when configured to', async () => {
    const result = await new Client(t.url).gql('mutation { signIn(username: "admin", password: "whatever-Password-1") { token } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/identity provider/);
  });
});
