import neo4j, { type BookmarkManager, type Driver, type SessionConfig } from 'neo4j-driver';
import { requestContext } from '../common/request-context.js';

/**
 * Read-your-writes on a Neo4j cluster: one bookmark manager per caller (a user or an API key),
 * so that a read right after the caller's own write (an ingest, a triage, a decision) waits on a
 * secondary until that write has arrived there. Other callers do not wait for it. Work outside a
 * request (the weekly scan, retention, CLIs) has no caller and runs without bookmarks, as before.
 */
export class CausalBookmarks {
  private readonly managers = new Map<string, BookmarkManager>();

  constructor(private readonly maxCallers = 10_000) {}

  /** The caller's bookmark manager (the least recently used caller's is dropped past the cap). */
  for(caller: string): BookmarkManager {
    let manager = this.managers.get(caller);
    if (manager) this.managers.delete(caller);
    else manager = neo4j.bookmarkManager();
    this.managers.set(caller, manager);
    if (this.managers.size > this.maxCallers) this.managers.delete(this.managers.keys().next().value!);
    return manager;
  }

  /** The manager of the request being served, if a signed-in caller is behind it. */
  current(): BookmarkManager | undefined {
    const caller = requestContext.getStore()?.caller;
    return caller ? this.for(caller) : undefined;
  }
}

/**
 * Every session opened on the driver during a request carries its caller's bookmark manager,
 * whichever module opens it (GraphService, the ingest writer, the saved-query runner), unless
 * the session names its own bookmarks.
 */
export function withCausalBookmarks(driver: Driver, bookmarks: CausalBookmarks): Driver {
  const open = driver.session.bind(driver);
  driver.session = (config: SessionConfig = {}) => {
    const manager = config.bookmarks !== undefined || config.bookmarkManager !== undefined ? undefined : bookmarks.current();
    return open(manager ? { ...config, bookmarkManager: manager } : config);
  };
  return driver;
}
