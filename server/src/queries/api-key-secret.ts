import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API key reads `opspor_<id>_<secret>`: the id (8 random bytes, hex) finds the stored key,
 * the secret (32 random bytes, base64url) proves it. Only SHA-256 of the secret is stored: with
 * 256 random bits a fast hash is enough (no dictionary to guess from, unlike passwords).
 */
const KEY = /^opspor_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export function newApiKey(): { id: string; key: string; keyHash: string } {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, key: `opspor_${id}_${secret}`, keyHash: hashSecret(secret) };
}

export function parseApiKey(key: string): { id: string; secret: string } | undefined {
  const m = KEY.exec(key.trim());
  return m ? { id: m[1]!, secret: m[2]! } : undefined;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
