import type { Principal } from './principal.js';

/**
 * Resolves an `x-api-key` header to a principal. The saved-queries module provides the real
 * implementation (keys stored hashed, scoped, expiring); by default no key is valid.
 */
export abstract class ApiKeyAuthenticator {
  abstract authenticate(key: string): Promise<Principal | undefined>;
}

export class NoApiKeys extends ApiKeyAuthenticator {
  authenticate(): Promise<Principal | undefined> {
    return Promise.resolve(undefined);
  }
}
