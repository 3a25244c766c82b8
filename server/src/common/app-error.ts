import type { Lang, Texts } from './lang.js';

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

/**
 * A text a person reads, in both languages: the type makes an English-only message impossible.
 * `en` is also what the logs and the error's own `message` carry.
 */
export type Message = Texts;

/** Both languages from one function of the language (for texts built from the same parts). */
export function bilingual(text: (lang: Lang) => string): Message {
  return { da: text('da'), en: text('en') };
}

function isMessageList(value: Message | readonly Message[]): value is readonly Message[] {
  return Array.isArray(value);
}

export class AppError extends Error {
  /** what a person is told, in both languages (the response carries the request's language) */
  readonly texts: Message;
  /** details that are texts (or lists of them): sent in the request's language under the same key (e.g. `reason`) */
  readonly textDetails: Record<string, Message | readonly Message[]>;

  constructor(
    readonly code: ErrorCode,
    message: Message,
    readonly details: Record<string, unknown> = {},
    textDetails: Record<string, Message | readonly Message[]> = {},
  ) {
    super(message.en);
    this.name = 'AppError';
    this.texts = message;
    this.textDetails = textDetails;
  }

  /** The message in a language. */
  messageIn(lang: Lang): string {
    return this.texts[lang];
  }

  /** The public details, text details in a language. */
  detailsIn(lang: Lang): Record<string, unknown> {
    const texts = Object.fromEntries(
      Object.entries(this.textDetails).map(([key, value]) => [key, isMessageList(value) ? value.map((m) => m[lang]) : value[lang]]),
    );
    return { ...this.details, ...texts };
  }
}

/** A thing's name for "not found": `da` in the definite form ("Personen", "Brugeren"). */
export type ThingName = Message;

/** The things a look-up can miss, named for "not found". */
export const THING = {
  user: { da: 'Brugeren', en: 'User' },
  person: { da: 'Personen', en: 'Person' },
  flag: { da: 'Markeringen', en: 'Flag' },
  flagVersion: { da: 'Markeringens version', en: 'Flag version' },
  case: { da: 'Sagen', en: 'Case' },
  report: { da: 'Underretningen', en: 'Report' },
  supportFlag: { da: 'Tilbuddet om støtte', en: 'Support flag' },
  sharingBasis: { da: 'Delingsgrundlaget', en: 'Sharing basis' },
  savedQuery: { da: 'Den gemte forespørgsel', en: 'Saved query' },
  apiKey: { da: 'API-nøglen', en: 'API key' },
} satisfies Record<string, ThingName>;

export class NotFoundError extends AppError {
  constructor(what: ThingName, id: string) {
    super('NOT_FOUND', { da: `${what.da} "${id}" findes ikke`, en: `${what.en} "${id}" was not found` }, { id });
  }
}

export class BadInputError extends AppError {
  constructor(
    readonly field: string,
    reason: Message,
  ) {
    super('BAD_USER_INPUT', { da: `${field}: ${reason.da}`, en: `${field}: ${reason.en}` }, { field }, { reason });
  }
}

export class LimitExceededError extends AppError {
  /** `what`: the argument that asked for too many (`{ field: 'first' }`) or what is capped, in both languages */
  constructor(what: Message | { field: string }, limit: number, asked: number) {
    const named: Message = 'field' in what ? { da: what.field, en: what.field } : what;
    super(
      'LIMIT_EXCEEDED',
      {
        da: `${named.da} er begrænset til ${limit} (der blev bedt om ${asked})`,
        en: `${named.en} is capped at ${limit} (asked for ${asked})`,
      },
      { limit, asked },
    );
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
