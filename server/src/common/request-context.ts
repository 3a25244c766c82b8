import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts that errors, logs and the audit log need, wherever they are raised. */
export interface RequestContext {
  requestId: string;
  /** the signed-in caller (`user:NAME`, `api-key:ID`), set by the access guard: whose bookmarks a session uses */
  caller?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
