// Small counts identify people: "one report to Lejre in March" points at a family. Every count the
// statistics give out is suppressed on the server when it is between 1 and SUPPRESS_BELOW - 1, so
// the exact number never leaves it; the page shows "<5". A zero names nobody and stays. A figure
// computed from a suppressed count (a rate, a share) would give the count back, so it goes too.

export const SUPPRESS_BELOW = 5;

/** The count, or null when it is small enough to point at a person (1–4). */
export function suppressed(count: number): number | null {
  return count > 0 && count < SUPPRESS_BELOW ? null : count;
}

/** Suppresses every listed count of a row; the other fields are kept as they are. */
export function suppressCounts<T extends object, K extends keyof T>(
  row: T,
  keys: readonly K[],
): { [P in keyof T]: P extends K ? number | null : T[P] } {
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const k of keys) out[k as string] = suppressed(row[k] as number);
  return out as { [P in keyof T]: P extends K ? number | null : T[P] };
}

/** A ratio shown only when both of its counts are shown. */
export function shownRatio(numerator: number, denominator: number, scale = 1): number | null {
  if (denominator <= 0) return null;
  if (suppressed(numerator) === null || suppressed(denominator) === null) return null;
  return (numerator * scale) / denominator;
}
