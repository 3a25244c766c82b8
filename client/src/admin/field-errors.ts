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
