import { GraphQLRequestError } from '../api/graphql';

/**
 * The field a refused input names (`extensions.field` of BAD_USER_INPUT) and the API's reason,
 * so the page can show it beside that field; null for any other error.
 */
export function fieldError(error: unknown): { field: string; reason: string } | null {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'BAD_USER_INPUT') return null;
  const { field, reason } = error.extensions;
  if (typeof field !== 'string') return null;
  return { field, reason: typeof reason === 'string' ? reason : error.message };
}

/** A refusal that names a field goes beside that field; any other error to the page's notice. */
export function routeError(error: unknown, onField: (errors: Record<string, string>) => void, onOther: (error: unknown) => void): void {
  const field = fieldError(error);
  if (field) onField({ [field.field]: field.reason });
  else onOther(error);
}

/**
 * For a react-hook-form form: a refusal naming one of `fields` is set on that field (type
 * `server`, shown beside it; the next edit of the form re-validates and clears it); any other
 * error goes to `onOther` (the form's notice).
 */
export function routeFormError<F extends string>(
  error: unknown,
  fields: readonly F[],
  setError: (field: F, error: { type: 'server'; message: string }) => void,
  onOther: (error: unknown) => void,
): void {
  const named = fieldError(error);
  if (named && (fields as readonly string[]).includes(named.field)) setError(named.field as F, { type: 'server', message: named.reason });
  else onOther(error);
}
