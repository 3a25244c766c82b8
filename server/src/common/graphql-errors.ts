import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { AppError, assertUnreachable, type ErrorCode, type Message } from './app-error.js';
import { currentErrorLang, currentRequestId } from './request-context.js';
import { rootLogger } from '../logging/logger.js';

/** Whether a code's message is safe and useful to show a client as written. */
function isPublic(code: ErrorCode): boolean {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'PURPOSE_REQUIRED':
    case 'ACCOUNT_LOCKED':
    case 'RATE_LIMITED':
    case 'INGEST_REJECTED':
    case 'INGEST_TOO_LARGE':
    case 'INVALID_TRANSITION':
    case 'QUERY_NOT_READ_ONLY':
    case 'QUERY_TIMEOUT':
    case 'QUERY_INVALID':
    case 'QUERY_FAILED':
    case 'CONFLICT':
    case 'LIMIT_EXCEEDED':
      return true;
    case 'AUDIT_UNAVAILABLE':
    case 'DATABASE_UNAVAILABLE':
    case 'INTERNAL':
      return false;
    default:
      return assertUnreachable(code);
  }
}

const GENERIC = {
  AUDIT_UNAVAILABLE: {
    da: 'Revisionsloggen kunne ikke skrives, så der blev ikke returneret data',
    en: 'The audit log could not be written, so no data was returned',
  },
  DATABASE_UNAVAILABLE: { da: 'Databasen kan ikke nås lige nu', en: 'The database is not reachable right now' },
  INTERNAL: { da: 'Intern fejl', en: 'Internal error' },
} satisfies Record<string, Message>;

// graphql-js and Apollo's own codes for malformed requests: their messages are about the query.
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Apollo's formatError: every error leaves with a stable code and the request id, never a
 * stack, a driver message or Cypher.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const requestId = currentRequestId();
  const original = originalOf(error);
  const path = formatted.path;
  const lang = currentErrorLang();
  if (original instanceof AppError) {
    const code = original.code;
    if (!isPublic(code)) rootLogger.error({ err: original, requestId }, 'request failed');
    const generic = code === 'AUDIT_UNAVAILABLE' || code === 'DATABASE_UNAVAILABLE' ? GENERIC[code] : GENERIC.INTERNAL;
    // the person's language for the message and text details; code, field and numbers stay as they are
    return {
      message: isPublic(code) ? original.messageIn(lang) : generic[lang],
      ...(path ? { path } : {}),
      extensions: { code, requestId, ...(isPublic(code) ? original.detailsIn(lang) : {}) },
    };
  }
  const incoming = formatted.extensions?.code;
  if (isGraphQLError(original) || (typeof incoming === 'string' && REQUEST_CODES.has(incoming))) {
    const code = typeof incoming === 'string' && REQUEST_CODES.has(incoming) ? incoming : 'BAD_USER_INPUT';
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(path ? { path } : {}),
      extensions: { code, requestId },
    };
  }
  if (original instanceof Neo4jError && (original.code === 'ServiceUnavailable' || original.code === 'SessionExpired')) {
    rootLogger.error({ err: original, requestId }, 'database unavailable');
    return {
      message: GENERIC.DATABASE_UNAVAILABLE[lang],
      ...(path ? { path } : {}),
      extensions: { code: 'DATABASE_UNAVAILABLE', requestId },
    };
  }
  rootLogger.error({ err: original, requestId }, 'unexpected error');
  return { message: GENERIC.INTERNAL[lang], ...(path ? { path } : {}), extensions: { code: 'INTERNAL', requestId } };
}

/** The error a resolver threw, under graphql-js's wrapper (duck-typed: graphql may load twice in tests). */
function originalOf(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && current.originalError) current = current.originalError;
  return current;
}

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');
}
