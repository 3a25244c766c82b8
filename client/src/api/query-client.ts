import { QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError, onMutation, pageLang } from './graphql';

// The one TanStack Query cache. Reads are retried when the server could not be reached or failed
// inside (twice, backing off); an answer the API gave on purpose (no access, no purpose, bad
// input) is never retried. Mutations are never retried: a decision is made once, by a person.

const TRANSIENT = new Set(['NETWORK', 'INTERNAL', 'UNAVAILABLE']);

export function isTransient(error: unknown): boolean {
  return error instanceof GraphQLRequestError && TRANSIENT.has(error.code);
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => failures < 2 && isTransient(error),
      staleTime: 30_000,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

/** After any change the server accepted, what is shown is read again (only what is on screen is fetched). */
onMutation(() => void queryClient.invalidateQueries());

const langListeners = new Set<() => void>();

/** Called after the page's language changed (for data a page keeps outside the query cache). */
export function onPageLangChange(listener: () => void): () => void {
  langListeners.add(listener);
  return () => langListeners.delete(listener);
}

/**
 * When the page's language changes, what is shown is read again: the server answers in the new
 * language. The observer runs after `<html lang>` is set, so the requests carry the new language.
 * A query whose answer is the same in every language (`meta.sameInEveryLanguage`, e.g. the
 * explorer's person reads, each one audited) is left alone.
 */
export const readAgainOnLangChange = (query: { meta?: Record<string, unknown> | undefined }): boolean =>
  query.meta?.sameInEveryLanguage !== true;

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  let shown = pageLang();
  new MutationObserver(() => {
    if (pageLang() === shown) return;
    shown = pageLang();
    void queryClient.invalidateQueries({ predicate: readAgainOnLangChange });
    for (const listener of langListeners) listener();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
