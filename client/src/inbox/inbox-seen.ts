import { graphql } from '../api/graphql';
import { MARK_INBOX_SEEN } from '../review/review-queries';

// "New since your last visit": the first inbox visit of a browser session remembers the previous
// visit's time (from the API) and marks the inbox seen; later visits in the same session keep
// measuring against that remembered time, so the markers do not vanish when you come back.
const KEY = 'opspor.inboxNewSince';
const NONE = 'first-visit';

export function rememberedNewSince(): string | null | undefined {
  const value = sessionStorage.getItem(KEY);
  if (value === null) return undefined;
  return value === NONE ? null : value;
}

export async function rememberVisit(newSince: string | null): Promise<void> {
  sessionStorage.setItem(KEY, newSince ?? NONE);
  await graphql(MARK_INBOX_SEEN);
}
