import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { Kind, parse, type ValidationRule } from 'graphql';
import { langOfHeader, type Lang } from './lang.js';

/** Limits on a GraphQL document, checked while it is parsed (tokens) and before it runs (the rest). */
export const GRAPHQL_LIMITS = {
  /** the parser stops at this many tokens: a huge document costs no more than this to refuse */
  maxTokens: 5000,
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  /** GraphQL Armor's cost: fields weighted by depth, fragments expanded */
  maxCost: 20_000,
} as const;

/**
 * GraphQL Armor's depth, alias, directive and cost limits as validation rules (a refused document
 * is answered with HTTP 400 and BAD_USER_INPUT before anything runs), the parser's token limit,
 * and, in production, no "Did you mean …" field suggestions that would map the schema.
 */
export function graphqlLimits(production: boolean): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false }, // graphql-js's own parser limit below (Armor's would parse twice)
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    plugins: armor.plugins as ApolloServerPlugin[],
    validationRules: armor.validationRules as ValidationRule[],
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
  };
}

export interface BodyLimits {
  /** bytes of any GraphQL request */
  graphqlBytes: number;
  /** bytes of an `ingest` mutation (records travel in its variables) */
  ingestBytes: number;
}

interface SizedRequest extends Request {
  bodyBytes?: number;
}

const CREDENTIAL_COOKIE = /(?:^|;\s*)opspor_session=/;

/**
 * JSON body parsers for /graphql: at most `graphqlBytes`, read no further than that for anyone
 * without credentials; a request with credentials may send up to `ingestBytes`, but only for a
 * document that is exactly one `ingest` mutation (the guard then checks that the caller may ingest).
 */
export function graphqlBodyParsers(limits: BodyLimits): RequestHandler[] {
  const verify = (req: SizedRequest, _res: unknown, buf: Buffer) => {
    req.bodyBytes = buf.length;
  };
  const small = express.json({ limit: limits.graphqlBytes, verify });
  const large = express.json({ limit: limits.ingestBytes, verify });
  const pick: RequestHandler = (req, res, next) => (hasCredentials(req) ? large : small)(req, res, next);
  const onlyIngestMayBeLarge: RequestHandler = (req: SizedRequest, res, next) => {
    if ((req.bodyBytes ?? 0) <= limits.graphqlBytes || isIngestOnly(req.body)) return next();
    tooLarge(res, limits, langOfHeader(req.headers['accept-language'], 'en'));
  };
  return [pick, onlyIngestMayBeLarge];
}

/** Body parser failures as GraphQL-shaped JSON (413 for a body over the limit), never Express's HTML page. */
export function bodyErrorHandler(limits: BodyLimits) {
  return (error: { type?: string; status?: number }, req: Request, res: Response, next: NextFunction): void => {
    // before the request context exists: the language straight from the header (English when it names neither)
    const lang = langOfHeader(req.headers['accept-language'], 'en');
    if (error.type === 'entity.too.large') return tooLarge(res, limits, lang);
    if (error.type === 'entity.parse.failed' || error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
      const message = { da: 'Anmodningens indhold er ikke gyldig JSON', en: 'The request body is not valid JSON' }[lang];
      res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(error);
  };
}

function tooLarge(res: Response, limits: BodyLimits, lang: Lang): void {
  const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  const message = {
    da: `Anmodningens indhold er for stort: højst ${mb(limits.graphqlBytes)} (ingest-mutationen højst ${mb(limits.ingestBytes)})`,
    en: `The request body is too large: at most ${mb(limits.graphqlBytes)} (the ingest mutation at most ${mb(limits.ingestBytes)})`,
  }[lang];
  res.setHeader('connection', 'close');
  res.status(413).json({
    errors: [
      {
        message,
        extensions: { code: 'PAYLOAD_TOO_LARGE', limit: limits.graphqlBytes, ingestLimit: limits.ingestBytes },
      },
    ],
  });
}

function hasCredentials(req: Request): boolean {
  const cookie = req.headers.cookie;
  return Boolean(req.headers.authorization || req.headers['x-api-key'] || (typeof cookie === 'string' && CREDENTIAL_COOKIE.test(cookie)));
}

/** A body whose document is one mutation selecting only `ingest` (its records are in the variables). */
function isIngestOnly(body: unknown): boolean {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string' || query.length > 10_000) return false;
  try {
    const doc = parse(query, { maxTokens: 500 });
    const [op, ...rest] = doc.definitions;
    return (
      rest.length === 0 &&
      op?.kind === Kind.OPERATION_DEFINITION &&
      op.operation === 'mutation' &&
      op.selectionSet.selections.length === 1 &&
      op.selectionSet.selections[0]?.kind === Kind.FIELD &&
      op.selectionSet.selections[0].name.value === 'ingest'
    );
  } catch {
    return false;
  }
}
