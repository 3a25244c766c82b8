import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lang } from './lang.js';

/** Per-request facts that errors, logs and the audit log need, wherever they are raised. */
export interface RequestContext {
  requestId: string;
  /** the signed-in caller (`user:NAME`, `api-key:ID`), set by the access guard: whose bookmarks a session uses */
  caller?: string;
  /** the language errors are told in: the one Accept-Language asks for, English when it names neither */
  errorLang?: Lang;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

/** The language the current request's errors are told in (English outside a request or when none was asked). */
export function currentErrorLang(): Lang {
  return requestContext.getStore()?.errorLang ?? 'en';
}
