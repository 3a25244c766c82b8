import { Neo4jError } from 'neo4j-driver';
import { AppError, BadInputError, type Message } from '../common/app-error.js';

export class QueryNotReadOnlyError extends AppError {
  constructor(readonly reasons: Message[]) {
    super(
      'QUERY_NOT_READ_ONLY',
      {
        da: `Kun forespørgsler, der alene læser politiets data, kan gemmes og køres: ${reasons.map((r) => r.da).join('; ')}`,
        en: `Only read-only queries of police data can be saved and run: ${reasons.map((r) => r.en).join('; ')}`,
      },
      {},
      { reasons },
    );
  }
}

export class QueryTimeoutError extends AppError {
  constructor(timeoutMs: number) {
    super(
      'QUERY_TIMEOUT',
      {
        da: `Forespørgslen blev ikke færdig inden for ${timeoutMs} ms og blev stoppet`,
        en: `The query did not finish within ${timeoutMs} ms and was stopped`,
      },
      { timeoutMs },
    );
  }
}

/** The first line of a Neo4j message about the query itself (syntax, types, arithmetic): the author needs it. */
export function neo4jReason(error: Neo4jError): string {
  const first = error.message.split('\n')[0]?.trim() ?? '';
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

/** Errors that describe the query text, as opposed to the database or the connection. */
export function isQueryError(error: unknown): error is Neo4jError {
  return (
    error instanceof Neo4jError &&
    (error.code.startsWith('Neo.ClientError.Statement.') ||
      error.code.startsWith('Neo.ClientError.Procedure.') ||
      error.code.startsWith('Neo.ClientError.Schema.'))
  );
}

/**
 * Maps what a running saved query can fail with to the public codes. Called inside the read
 * transaction so that a transient error such as an exhausted memory pool is not retried with a
 * query that will exhaust it again.
 */
export function runError(error: unknown, timeoutMs: number, cypher?: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const lucene = luceneError(error, cypher);
  if (lucene) return lucene;
  if (error.code.includes('TransactionTimedOut')) return new QueryTimeoutError(timeoutMs);
  if (error.code === 'Neo.ClientError.Statement.AccessMode')
    return new QueryNotReadOnlyError([{ da: 'forsøgte at skrive i en læsetransaktion', en: 'tried to write in a read transaction' }]);
  if (error.code.includes('MemoryPoolOutOfMemoryError') || error.code.includes('TransactionMemoryLimit')) {
    return new AppError('LIMIT_EXCEEDED', {
      da: 'Forespørgslen kræver mere hukommelse, end en gemt forespørgsel må bruge: afgræns den',
      en: 'The query needs more memory than a saved query may use: narrow it down',
    });
  }
  if (isQueryError(error))
    return new AppError(
      'QUERY_FAILED',
      { da: `Forespørgslen fejlede i Neo4j: ${neo4jReason(error)}`, en: `The query failed in Neo4j: ${neo4jReason(error)}` },
      { neo4jCode: error.code },
    );
  return error;
}

const FULLTEXT_PARAM = /db\.index\.fulltext\.query(?:Nodes|Relationships)\s*\(\s*[^,]+,\s*\$(\w+)/i;

/**
 * Lucene could not parse a full-text search: the user's text is at fault, not the query. Named
 * by the parameter that carried it, without Lucene's (Java) message.
 */
function luceneError(error: Neo4jError, cypher: string | undefined): AppError | undefined {
  if (!/org\.apache\.lucene\.queryparser/.test(error.message)) return undefined;
  const field = (cypher && FULLTEXT_PARAM.exec(cypher)?.[1]) ?? 'search text';
  return new BadInputError(field, {
    da: 'er ikke en gyldig fritekstsøgning: luk alle anførselstegn og parenteser, eller sæt en omvendt skråstreg foran specialtegn som " ( ) : ~ * ?',
    en: 'is not a valid full-text search: close every quote and bracket, or put a backslash before special characters such as " ( ) : ~ * ?',
  });
}
