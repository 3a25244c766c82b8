import type { Client } from './app.js';

/**
 * Issues an API key for municipality 851 that may run one shipped query, named `name` (a test's
 * prefix first, so removeApiKeysNamed finds it); returns the key's id.
 */
export async function createNamedApiKey(admin: Client, name: string): Promise<string> {
  const created = await admin.ok<{ createApiKey: { apiKey: { id: string } } }>(
    `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id } } }`,
    {
      i: {
        name,
        queries: ['households-most-adults'],
        purpose: 'Kvalitetskontrol',
        organisation: 'municipality:851',
        expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      },
    },
  );
  return created.createApiKey.apiKey.id;
}
