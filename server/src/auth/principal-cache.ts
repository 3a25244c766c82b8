import type { Principal } from './principal.js';

/** How long a user looked up for a token is trusted without asking Neo4j again. */
export const PRINCIPAL_CACHE_TTL_MS = 5_000;

interface Entry {
  principal: Principal;
  sessionVersion: number;
  until: number;
}

/**
 * Users behind tokens, kept for a few seconds so that a request does not start with a Bolt round
 * trip. A change made through this API instance (sign-out, deactivation, role or scope change,
 * password reset) forgets the user at once; one made elsewhere (another instance, the database)
 * takes effect when the entry expires, within `ttlMs`. Disabled users and stale session versions
 * are never kept.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly ttlMs: number = PRINCIPAL_CACHE_TTL_MS,
    /** milliseconds now; tests move it */
    public now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  /** The cached principal of `username` for a token of `sessionVersion`, while fresh. */
  get(username: string, sessionVersion: number): Principal | undefined {
    const entry = this.entries.get(username);
    if (!entry) return undefined;
    if (entry.until <= this.now() || entry.sessionVersion !== sessionVersion) {
      this.entries.delete(username);
      return undefined;
    }
    return entry.principal;
  }

  set(username: string, sessionVersion: number, principal: Principal): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(username, { principal, sessionVersion, until: this.now() + this.ttlMs });
  }

  forget(username: string): void {
    this.entries.delete(username);
  }
}
