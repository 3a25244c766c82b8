/**
 * The stable error codes clients see in `extensions.code`. A module adds its codes here and
 * throws an AppError subclass; graphql-errors.ts maps each code to its public form exhaustively.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PURPOSE_REQUIRED',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'INGEST_REJECTED',
  'INGEST_TOO_LARGE',
  'INVALID_TRANSITION',
  'QUERY_NOT_READ_ONLY',
  'QUERY_TIMEOUT',
  'QUERY_INVALID',
  'QUERY_FAILED',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'AUDIT_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} "${id}" was not found`, { id });
  }
}

export class BadInputError extends AppError {
  constructor(field: string, reason: string) {
    super('BAD_USER_INPUT', `${field}: ${reason}`, { field, reason });
  }
}

export class LimitExceededError extends AppError {
  constructor(what: string, limit: number, asked: number) {
    super('LIMIT_EXCEEDED', `${what} is capped at ${limit} (asked for ${asked})`, { limit, asked });
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
