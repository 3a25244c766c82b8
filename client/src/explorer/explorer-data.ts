// The explorer's reads (family, family timeline, person panel, search) through the TanStack Query
// cache. Every one is a person read: the server checks the purpose and writes an audit entry before
// it answers. So the cache never reads on its own: not when the window gets focus again, not after
// a reconnect, not when the language changes (the answers carry both languages' labels), and a
// remount within PERSON_READ_FRESH_MS uses what was read. A new date, person, depth or relative is
// a new key and so a new read; an answer read under another purpose than the current one is stale
// (read again, under the current purpose, when it is next needed). Sign-out clears the cache
// (app/session.tsx). A cancelled purpose dialog (PurposeCancelledError) is not retried (the cache's
// retry only repeats transient API failures) and ErrorNotice does not show it.
import { useInfiniteQuery, useQueries, useQuery, type InfiniteData, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { storedPurpose } from '../api/purpose';
import { usePersonRead, type PersonRead } from '../shell/purpose';
import type { Family, FamilyEvent } from './family.types';
import { mergeFamilies } from './genogram/merge';
import { FAMILY, FAMILY_TIMELINE, PERSON, SEARCH, type PersonResult, type SearchHit, type SearchResult } from './queries';

/** How long an answer is used again without a new read (a date just seen, a panel reopened). */
export const PERSON_READ_FRESH_MS = 5 * 60_000;
/** The family timeline's start: the whole history (it does not depend on the as-of date). */
export const TIMELINE_FROM = '1900-01-01';
const CASES_SHOWN = 100;
const SEARCH_PAGE = 20;

/** An answer with the purpose it was read under. */
export interface PurposeBound<T> {
  purpose: string | null;
  answer: T;
}

async function bound<T>(answer: Promise<T>): Promise<PurposeBound<T>> {
  const value = await answer;
  // usePersonRead stores the purpose it sent (also one asked for again after PURPOSE_REQUIRED)
  return { purpose: storedPurpose(), answer: value };
}

type Bound = PurposeBound<unknown> | InfiniteData<PurposeBound<unknown>, unknown>;

/** Fresh for PERSON_READ_FRESH_MS when every part was read under the current purpose, else stale. */
export function purposeStaleTime<T extends Bound>(query: { state: { data?: T | undefined } }): number {
  const data = query.state.data;
  if (!data) return 0;
  const purposes = 'pages' in data ? data.pages.map((p) => p.purpose) : [data.purpose];
  const current = storedPurpose();
  return purposes.every((p) => p === current) ? PERSON_READ_FRESH_MS : 0;
}

/** What every explorer read shares (see the top of this file). */
export const PERSON_READ_OPTIONS = {
  staleTime: purposeStaleTime,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  // the language change in api/query-client.ts leaves these alone: the answer is the same
  meta: { sameInEveryLanguage: true },
} as const;

export const explorerKeys = {
  all: ['explorer'] as const,
  family: (personId: string, depth: number, asOf: string) => ['explorer', 'family', personId, depth, asOf] as const,
  timeline: (personId: string, depth: number, from: string, to: string) =>
    ['explorer', 'familyTimeline', personId, depth, from, to] as const,
  person: (personId: string) => ['explorer', 'person', personId, CASES_SHOWN] as const,
  search: (text: string) => ['explorer', 'search', text, SEARCH_PAGE] as const,
};

/** The family within `depth` steps of one person on one date. */
export function familyQuery(read: PersonRead, personId: string, depth: number, asOf: string) {
  return {
    ...PERSON_READ_OPTIONS,
    queryKey: explorerKeys.family(personId, depth, asOf),
    queryFn: ({ signal }: { signal: AbortSignal }) => bound(read(FAMILY, { personId, depth, asOf }, signal).then((r) => r.family)),
  };
}

export function familyTimelineQuery(read: PersonRead, personId: string, depth: number, to: string) {
  return {
    ...PERSON_READ_OPTIONS,
    queryKey: explorerKeys.timeline(personId, depth, TIMELINE_FROM, to),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      bound(read(FAMILY_TIMELINE, { personId, depth, from: TIMELINE_FROM, to }, signal).then((r) => r.familyTimeline)),
  };
}

export function personQuery(read: PersonRead, personId: string) {
  return {
    ...PERSON_READ_OPTIONS,
    queryKey: explorerKeys.person(personId),
    queryFn: ({ signal }: { signal: AbortSignal }) => bound(read(PERSON, { id: personId, first: CASES_SHOWN }, signal)),
  };
}

type SearchPage = PurposeBound<SearchResult['searchPersons']>;

export function searchQuery(read: PersonRead, text: string) {
  return {
    ...PERSON_READ_OPTIONS,
    queryKey: explorerKeys.search(text),
    queryFn: ({ signal, pageParam }: { signal: AbortSignal; pageParam: string | null }) =>
      bound(read(SEARCH, { text, first: SEARCH_PAGE, after: pageParam }, signal).then((r) => r.searchPersons)),
    initialPageParam: null as string | null,
    getNextPageParam: (last: SearchPage) => (last.answer.hasNextPage ? (last.answer.endCursor ?? undefined) : undefined),
  };
}

/** The answers of the searched person's family and of every expanded relative, merged when all are in. */
export function combineFamily(results: UseQueryResult<PurposeBound<Family>>[]) {
  const families = results.map((r) => r.data?.answer);
  const complete = families.length > 0 && families.every((f): f is Family => f !== undefined);
  return {
    family: complete ? families.slice(1).reduce(mergeFamilies, families[0]!) : null,
    loading: results.some((r) => r.isFetching),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

/**
 * The family of `personId` on `asOf`, with the relatives expanded by double-click (one step around
 * each, read for the same date). Each is its own cached read, so expanding one more relative reads
 * only that relative, and a date seen a moment ago is drawn from the cache. The last complete
 * drawing of the same person stays until the new one is complete.
 */
export function useFamily(personId: string | null, depth: number, asOf: string, expanded: readonly string[]) {
  const read = usePersonRead();
  const queries = personId ? [familyQuery(read, personId, depth, asOf), ...expanded.map((id) => familyQuery(read, id, 1, asOf))] : [];
  const { family, loading, error } = useQueries({ queries, combine: combineFamily });
  const [kept, setKept] = useState<{ personId: string; family: Family } | null>(null);
  // (state adjusted while rendering: React renders again at once, before anything is painted)
  if (personId && family && kept?.family !== family) setKept({ personId, family });
  const shown = family ?? (kept && kept.personId === personId ? kept.family : null);
  return { family: shown, loading, error };
}

/** The family's events over its whole history: read once the family is drawn (`enabled`). */
export function useFamilyTimeline(personId: string | null, depth: number, today: string, enabled: boolean) {
  const read = usePersonRead();
  const query = useQuery({
    ...familyTimelineQuery(read, personId ?? '', depth, today),
    enabled: enabled && personId !== null,
    // another depth keeps the events on screen until its own arrive; another person does not
    placeholderData: keepWhile((key) => key[2] === personId),
  });
  return { events: query.data?.answer.events ?? NO_EVENTS, error: query.error };
}

/** The last answer stays on screen while the next key loads, if the last key passes `test`. */
function keepWhile(test: (previousKey: QueryKey) => boolean) {
  return <T>(previous: T | undefined, previousQuery?: { queryKey: QueryKey }): T | undefined =>
    previousQuery && test(previousQuery.queryKey) ? previous : undefined;
}

const NO_EVENTS: FamilyEvent[] = [];

/** The person panel's details: cases, residences, kinship, provenance. */
export function usePersonDetails(personId: string): { data: PersonResult | null; error: unknown } {
  const read = usePersonRead();
  const query = useQuery(personQuery(read, personId));
  return { data: query.data?.answer ?? null, error: query.error };
}

/** The hits for `text` (null: no search shown), 20 at a time. */
export function usePersonSearch(text: string | null) {
  const read = usePersonRead();
  const query = useInfiniteQuery({
    ...searchQuery(read, text ?? ''),
    enabled: text !== null,
    // a new search keeps the last hits on screen until its own arrive (not after a hit was chosen)
    placeholderData: keepWhile((key) => text !== null && key[2] !== ''),
  });
  const hits: SearchHit[] | null = text !== null && query.data ? query.data.pages.flatMap((p) => p.answer.items) : null;
  return {
    hits,
    more: query.hasNextPage,
    busy: query.isFetching,
    error: query.error,
    loadMore: () => void query.fetchNextPage(),
    /** the same text again after a failure (e.g. a cancelled purpose dialog) is a new try */
    retry: () => void (query.isError ? query.refetch() : undefined),
  };
}
