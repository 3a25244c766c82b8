import { useCallback, useEffect, useState } from 'react';

/**
 * Loads something once per key and reloads on demand; the last answer wins (a slow earlier
 * answer never overwrites a newer one).
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
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    load(abort.signal)
      .then((value) => !abort.signal.aborted && setData(value))
      .catch((e: unknown) => !abort.signal.aborted && setError(e))
      .finally(() => !abort.signal.aborted && setLoading(false));
    return () => abort.abort();
    // `key` names what `load` depends on; `load` itself is a new function on every render.
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, set: setData };
}
