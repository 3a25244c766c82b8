import type { ApolloServerPlugin } from '@apollo/server';
import type { Response } from 'express';
import { AppError, assertUnreachable, type ErrorCode } from './app-error.js';
import { currentErrorLang } from './request-context.js';

/** The HTTP status a REST route answers each code with (GraphQL answers 200 with the code, except 429). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'PURPOSE_REQUIRED':
    case 'INGEST_REJECTED':
    case 'QUERY_NOT_READ_ONLY':
    case 'QUERY_INVALID':
    case 'QUERY_FAILED':
    case 'LIMIT_EXCEEDED':
      return 400;
    case 'UNAUTHENTICATED':
    case 'ACCOUNT_LOCKED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'INVALID_TRANSITION':
      return 409;
    case 'INGEST_TOO_LARGE':
      return 413;
    case 'RATE_LIMITED':
      return 429;
    case 'QUERY_TIMEOUT':
      return 504;
    case 'AUDIT_UNAVAILABLE':
    case 'DATABASE_UNAVAILABLE':
      return 503;
    case 'INTERNAL':
      return 500;
    default:
      return assertUnreachable(code);
  }
}

/** Seconds a client should wait, for RATE_LIMITED errors (the Retry-After header). */
export function retryAfterOf(details: Record<string, unknown>): number | undefined {
  const seconds = details.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : undefined;
}

const UNCOMPLETED = { da: 'Anmodningen kunne ikke gennemføres', en: 'The request could not be completed' } as const;

/** Answers a REST request with an AppError: its status, a stable code, no stack; Retry-After on 429. */
export function sendHttpError(res: Response, error: AppError, requestId: string | undefined): void {
  const status = httpStatusOf(error.code);
  const retryAfter = retryAfterOf(error.details);
  if (retryAfter !== undefined) res.setHeader('retry-after', String(retryAfter));
  const lang = currentErrorLang();
  const message = status >= 500 ? UNCOMPLETED[lang] : error.messageIn(lang);
  res.status(status).json({ code: error.code, message, ...(requestId ? { requestId } : {}) });
}

/**
 * GraphQL answers errors with HTTP 200 and a code, except a rate limit: HTTP 429 with
 * Retry-After, so that HTTP clients and proxies back off without reading the body.
 */
export const rateLimitStatusPlugin: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        if (response.body.kind !== 'single') return Promise.resolve();
        const limited = response.body.singleResult.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
        if (limited) {
          response.http.status = 429;
          const retryAfter = retryAfterOf(limited.extensions ?? {});
          if (retryAfter !== undefined) response.http.headers.set('retry-after', String(retryAfter));
        }
        return Promise.resolve();
      },
    }),
};
