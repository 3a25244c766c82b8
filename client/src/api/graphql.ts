// The one GraphQL client: POST /graphql with JSON and the session cookie (HttpOnly, set by
// signIn, so the browser never handles a token). Person reads add the purpose header.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** A generated document (src/gql/ or src/gql-shell/): its text, typed with its answer and variables. */
export type TypedDocumentString<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export const PURPOSE_HEADER = 'x-opspor-purpose';

/**
 * The language the page is shown in (`<html lang>`, set by the i18n provider): sent as
 * Accept-Language, so the server writes rule and saved-query texts, explanations and its own notes
 * in it.
 */
export const pageLang = (): 'da' | 'en' => (typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'da');

/** An error the API answered with; `code` is its stable `extensions.code` (NETWORK when unreachable). */
export class GraphQLRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly requestId: string | undefined = undefined,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export interface RequestOptions {
  /** the stated purpose, for operations that read person data */
  purpose?: string | null;
  signal?: AbortSignal;
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const authLostListeners = new Set<() => void>();
const mutationListeners = new Set<() => void>();

/** Called after every mutation the server accepted (the query cache reads again what is shown). */
export function onMutation(listener: () => void): () => void {
  mutationListeners.add(listener);
  return () => mutationListeners.delete(listener);
}

/** Called whenever the API says the session is gone (the shell shows the sign-in page). */
export function onAuthLost(listener: () => void): () => void {
  authLostListeners.add(listener);
  return () => authLostListeners.delete(listener);
}

/**
 * Sends one operation. `query` is a typed document from `gql` (src/gql/, generated from the
 * server schema by `npm run codegen`), so its variables and answer are typed.
 */
export async function graphql<TResult, TVariables>(
  query: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', 'accept-language': pageLang() };
  if (options.purpose) headers[PURPOSE_HEADER] = encodeURIComponent(options.purpose);
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: JSON.stringify({ query: query.toString(), variables: variables ?? {} }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new GraphQLRequestError('NETWORK', 'The server cannot be reached');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new GraphQLRequestError(response.ok ? 'INTERNAL' : 'NETWORK', `Unexpected answer (HTTP ${response.status})`);
  }
  const first = body.errors?.[0];
  if (first) {
    const extensions = first.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL';
    const requestId = typeof extensions.requestId === 'string' ? extensions.requestId : undefined;
    if (code === 'UNAUTHENTICATED') for (const listener of authLostListeners) listener();
    throw new GraphQLRequestError(code, first.message, requestId, extensions);
  }
  if (!body.data) throw new GraphQLRequestError('INTERNAL', 'The answer had no data');
  if (/^\s*mutation\b/.test(query.toString())) for (const listener of mutationListeners) listener();
  return body.data;
}
