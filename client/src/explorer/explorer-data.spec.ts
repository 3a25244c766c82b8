import {
  focusManager,
  InfiniteQueryObserver,
  onlineManager,
  QueriesObserver,
  QueryObserver,
  type QueryObserverOptions,
  type QueryObserverResult,
} from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PurposeCancelledError, storePurpose } from '../api/purpose';
import { queryClient, readAgainOnLangChange } from '../api/query-client';
import type { PersonRead } from '../shell/purpose';
import {
  combineFamily,
  explorerKeys,
  familyQuery,
  familyTimelineQuery,
  personQuery,
  PERSON_READ_FRESH_MS,
  searchQuery,
} from './explorer-data';

// The explorer's reads through the app's own query cache (its real defaults), with a stand-in for
// the network that counts the reads: every read the cache makes would be an audited person read.

interface Call {
  operation: string;
  variables: Record<string, unknown>;
  signal: AbortSignal | undefined;
}

let calls: Call[];
let answer: (call: Call) => Promise<unknown>;

const operationOf = (document: unknown) => /(?:query)\s+(\w+)/.exec(String(document))?.[1] ?? '?';

const read = ((document: unknown, variables: Record<string, unknown>, signal?: AbortSignal) => {
  const call = { operation: operationOf(document), variables, signal };
  calls.push(call);
  return answer(call);
}) as unknown as PersonRead;

const familyAnswer = (call: Call) =>
  Promise.resolve({
    family: {
      rootId: call.variables.personId,
      asOf: call.variables.asOf,
      depth: call.variables.depth,
      persons: [{ id: call.variables.personId, searched: true }],
      parentLinks: [],
      partnerships: [],
      households: [],
    },
  });

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const observers: { destroy(): void }[] = [];

/** Subscribes like a mounted component and waits until its read has settled. */
async function mount<T>(options: ConstructorParameters<typeof QueryObserver<T, Error, T, T, readonly unknown[]>>[1]) {
  const observer = new QueryObserver(queryClient, options);
  observers.push(observer);
  const settled = new Promise<QueryObserverResult<T>>((resolve) => {
    const check = (result: QueryObserverResult<T>) => !result.isFetching && result.status !== 'pending' && resolve(result);
    observer.subscribe(check);
    check(observer.getCurrentResult());
  });
  return { observer, result: await settled };
}

async function settle<T>(observer: { getCurrentResult(): QueryObserverResult<T> }) {
  await vi.waitFor(() => expect(observer.getCurrentResult().isFetching).toBe(false));
  return observer.getCurrentResult();
}

beforeEach(() => {
  queryClient.mount(); // as QueryClientProvider does: focus and reconnect reach the cache
  vi.stubGlobal('sessionStorage', memoryStorage());
  storePurpose('Socialsøg-screening');
  calls = [];
  answer = familyAnswer;
});

afterEach(() => {
  for (const o of observers.splice(0)) o.destroy();
  queryClient.clear();
  queryClient.unmount();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the explorer family read through the query cache', () => {
  it('reads again for a new date, and not for a date just seen', async () => {
    const { observer, result } = await mount(familyQuery(read, 'p-1', 2, '2025-01-01'));
    expect(result.data?.answer).toMatchObject({ rootId: 'p-1', asOf: '2025-01-01' });
    expect(calls.map((c) => c.variables.asOf)).toEqual(['2025-01-01']);

    observer.setOptions(familyQuery(read, 'p-1', 2, '2024-06-01'));
    expect((await settle(observer)).data).toMatchObject({ answer: { asOf: '2024-06-01' } });
    expect(calls.map((c) => c.variables.asOf)).toEqual(['2025-01-01', '2024-06-01']);

    // back to the first date: drawn from the cache, no second audited read of it
    observer.setOptions(familyQuery(read, 'p-1', 2, '2025-01-01'));
    expect((await settle(observer)).data).toMatchObject({ answer: { asOf: '2025-01-01' } });
    expect(calls).toHaveLength(2);
  });

  it('puts everything the answer depends on in the key: person, depth and date, not the language', () => {
    expect(familyQuery(read, 'p-1', 2, '2025-01-01').queryKey).toEqual(['explorer', 'family', 'p-1', 2, '2025-01-01']);
    const keys = [
      familyQuery(read, 'p-1', 2, '2025-01-01'),
      familyQuery(read, 'p-2', 2, '2025-01-01'),
      familyQuery(read, 'p-1', 3, '2025-01-01'),
      familyQuery(read, 'p-1', 2, '2025-01-02'),
      familyTimelineQuery(read, 'p-1', 2, '2026-12-02'),
      familyTimelineQuery(read, 'p-1', 3, '2026-12-02'),
      personQuery(read, 'p-1'),
      searchQuery(read, 'Kjeldsen'),
    ].map((q) => JSON.stringify(q.queryKey));
    expect(new Set(keys).size).toBe(keys.length);
    // the timeline does not depend on the as-of date: one key per person, depth and day
    expect(familyTimelineQuery(read, 'p-1', 2, '2026-12-02').queryKey).toEqual(explorerKeys.timeline('p-1', 2, '1900-01-01', '2026-12-02'));
  });

  it('reads once when many components mount on the same key at once, and passes the query signal', async () => {
    const mounted = await Promise.all([1, 2, 3, 4, 5].map(() => mount(familyQuery(read, 'p-1', 2, '2025-01-01'))));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signal).toBeInstanceOf(AbortSignal);
    expect(mounted.every((m) => m.result.data?.answer === mounted[0]!.result.data?.answer)).toBe(true);
  });

  it('aborts the read through the signal when the key changes before the answer came', async () => {
    answer = (call) =>
      new Promise((_, reject) => call.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const observer = new QueryObserver(queryClient, familyQuery(read, 'p-1', 2, '2025-01-01'));
    observers.push(observer);
    observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    answer = familyAnswer;
    observer.setOptions(familyQuery(read, 'p-1', 2, '2024-01-01'));
    await vi.waitFor(() => expect(calls[0]!.signal?.aborted).toBe(true));
    expect((await settle(observer)).data).toMatchObject({ answer: { asOf: '2024-01-01' } });
  });

  it('never reads on its own: not on window focus, reconnect or a language change, even when stale', async () => {
    const { observer } = await mount(familyQuery(read, 'p-1', 2, '2025-01-01'));
    storePurpose('2026-00001-00001-26'); // another purpose: the answer on screen is stale now
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
    focusManager.setFocused(undefined);
    // what api/query-client.ts does when <html lang> changes
    await queryClient.invalidateQueries({ predicate: readAgainOnLangChange });
    await settle(observer);
    expect(calls).toHaveLength(1);
  });

  it('is fresh for a while, then read again on the next mount', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await mount(familyQuery(read, 'p-1', 2, '2025-01-01'));
    vi.setSystemTime(Date.now() + PERSON_READ_FRESH_MS - 1_000);
    await mount(familyQuery(read, 'p-1', 2, '2025-01-01'));
    expect(calls).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2_000);
    await mount(familyQuery(read, 'p-1', 2, '2025-01-01'));
    expect(calls).toHaveLength(2);
  });

  it('does not use an answer read under another purpose: the next mount reads under the current one', async () => {
    const first = await mount(familyQuery(read, 'p-1', 2, '2025-01-01'));
    expect(first.result.data?.purpose).toBe('Socialsøg-screening');
    storePurpose('2026-00001-00001-26');
    const again = await mount(familyQuery(read, 'p-1', 2, '2025-01-01'));
    expect(calls).toHaveLength(2);
    expect(again.result.data?.purpose).toBe('2026-00001-00001-26');
  });

  it('does not retry a cancelled purpose dialog, and asks again only when mounted again', async () => {
    answer = () => Promise.reject(new PurposeCancelledError());
    const { result } = await mount(familyQuery(read, 'p-1', 2, '2025-01-01'));
    expect(result.error).toBeInstanceOf(PurposeCancelledError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toHaveLength(1);
  });

  it('keeps nothing after sign-out (the cache is cleared): the next user reads again', async () => {
    await mount(familyQuery(read, 'p-1', 2, '2025-01-01'));
    for (const o of observers.splice(0)) o.destroy();
    queryClient.clear(); // what app/session.tsx does on sign-out and when the session is lost
    expect(queryClient.getQueryCache().findAll({ queryKey: explorerKeys.all })).toEqual([]);
    await mount(familyQuery(read, 'p-1', 2, '2025-01-01'));
    expect(calls).toHaveLength(2);
  });

  it('still reads again on a language change what does depend on the language', () => {
    expect(readAgainOnLangChange({ meta: familyQuery(read, 'p-1', 2, '2025-01-01').meta })).toBe(false);
    expect(readAgainOnLangChange({ meta: undefined })).toBe(true);
  });
});

describe('the family with relatives expanded by double-click', () => {
  /** What useFamily's useQueries hands combineFamily (the observer itself does not know the answers' type). */
  const familyOf = (observer: QueriesObserver) => combineFamily(observer.getCurrentResult() as Parameters<typeof combineFamily>[0]);
  const unitsOf = (asOf: string, expanded: string[]) =>
    [familyQuery(read, 'p-1', 2, asOf), ...expanded.map((id) => familyQuery(read, id, 1, asOf))] as QueryObserverOptions[];

  it('reads only the newly expanded relative, merges when all are in, and reads every one again for a new date', async () => {
    const observer = new QueriesObserver(queryClient, unitsOf('2025-01-01', ['p-7']));
    observers.push(observer);
    observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(familyOf(observer)).toMatchObject({ loading: false }));
    expect(familyOf(observer).family?.persons.map((p) => [p.id, p.searched])).toEqual([
      ['p-1', true],
      ['p-7', false],
    ]);
    expect(calls.map((c) => [c.variables.personId, c.variables.depth])).toEqual([
      ['p-1', 2],
      ['p-7', 1],
    ]);

    observer.setQueries(unitsOf('2025-01-01', ['p-7', 'p-9']));
    await vi.waitFor(() => expect(familyOf(observer).family?.persons).toHaveLength(3));
    expect(calls.slice(2).map((c) => c.variables.personId)).toEqual(['p-9']);

    observer.setQueries(unitsOf('2024-06-01', ['p-7', 'p-9']));
    // while the new date loads, nothing complete is there (useFamily keeps the last drawing meanwhile)
    expect(familyOf(observer)).toMatchObject({ family: null, loading: true });
    await vi.waitFor(() => expect(familyOf(observer).family?.asOf).toBe('2024-06-01'));
    expect(calls.slice(3).map((c) => [c.variables.personId, c.variables.asOf])).toEqual([
      ['p-1', '2024-06-01'],
      ['p-7', '2024-06-01'],
      ['p-9', '2024-06-01'],
    ]);
  });

  it('shows the first error of any part', async () => {
    answer = (call) => (call.variables.personId === 'p-7' ? Promise.reject(new PurposeCancelledError()) : familyAnswer(call));
    const observer = new QueriesObserver(queryClient, unitsOf('2025-01-01', ['p-7']));
    observers.push(observer);
    observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(familyOf(observer).error).toBeInstanceOf(PurposeCancelledError));
    expect(familyOf(observer).family).toBeNull();
  });
});

describe('the explorer search and person panel through the query cache', () => {
  it('reads the next page with the cursor, and the same search again from the cache', async () => {
    answer = (call) =>
      Promise.resolve({
        searchPersons: {
          mode: 'name',
          hasNextPage: call.variables.after === null,
          endCursor: call.variables.after === null ? 'c-20' : null,
          items: [{ id: call.variables.after === null ? 'p-1' : 'p-21' }],
        },
      });
    const observer = new InfiniteQueryObserver(queryClient, searchQuery(read, 'Kjeldsen'));
    observers.push(observer);
    observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
    expect(observer.getCurrentResult().hasNextPage).toBe(true);
    await observer.fetchNextPage();
    expect(calls.map((c) => c.variables)).toEqual([
      { text: 'Kjeldsen', first: 20, after: null },
      { text: 'Kjeldsen', first: 20, after: 'c-20' },
    ]);
    expect(observer.getCurrentResult().hasNextPage).toBe(false);

    const again = new InfiniteQueryObserver(queryClient, searchQuery(read, 'Kjeldsen'));
    observers.push(again);
    again.subscribe(() => undefined);
    expect(again.getCurrentResult().data?.pages.flatMap((p) => p.answer.items.map((i) => i.id))).toEqual(['p-1', 'p-21']);
    expect(calls).toHaveLength(2);
  });

  it('reads a person once while fresh: reopening the panel is no new read', async () => {
    answer = (call) => Promise.resolve({ person: { id: call.variables.id }, personCases: { totalCount: 0 } });
    const first = await mount(personQuery(read, 'p-1'));
    first.observer.destroy();
    await mount(personQuery(read, 'p-1'));
    await mount(personQuery(read, 'p-2'));
    expect(calls.map((c) => c.variables)).toEqual([
      { id: 'p-1', first: 100 },
      { id: 'p-2', first: 100 },
    ]);
  });
});
