import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useId } from 'react';

/**
 * Loads something for one component through the TanStack Query cache (retries of transient
 * failures, a refetch after every accepted mutation, the last answer wins). `key` names what
 * `load` depends on. Pages with a shared query key use `useQuery` directly; this keeps the
 * remaining pages' call sites as they were.
 */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string,
): {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
  set(value: T): void;
} {
  const owner = useId();
  const queryKey = ['component', owner, key];
  const client = useQueryClient();
  // while a new key loads, the last answer stays on screen (as before)
  const query = useQuery({ queryKey, queryFn: ({ signal }) => load(signal), placeholderData: keepPreviousData });
  const reload = useCallback(() => void client.invalidateQueries({ queryKey, exact: true }), [client, owner, key]);
  const set = useCallback((value: T) => client.setQueryData(queryKey, value), [client, owner, key]);
  return { data: query.data ?? null, error: query.error, loading: query.isFetching, reload, set };
}
