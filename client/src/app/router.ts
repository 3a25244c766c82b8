import { useMemo } from 'react';
import { useLocation as useRouterLocation, type createHashRouter } from 'react-router';

// Routing is React Router (hash history: `#/explorer?person=x` → path `/explorer`, query
// `person=x`; hash routes need no server configuration and survive a reload). This module keeps
// the small API the pages use — `href`, `navigate`, `useLocation` — on top of it.

export interface Location {
  path: string;
  query: URLSearchParams;
}

type HashRouter = ReturnType<typeof createHashRouter>;

let active: HashRouter | null = null;

/** The router the signed-in app runs on (set by App while it is mounted). */
export function setActiveRouter(router: HashRouter | null): void {
  active = router;
}

/** The current path and query (inside the router). */
export function useLocation(): Location {
  const { pathname, search } = useRouterLocation();
  return useMemo(() => ({ path: pathname, query: new URLSearchParams(search) }), [pathname, search]);
}

/** `?a=1&b=2` from a query object; undefined, null and empty values are left out. */
function searchOf(query: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Builds a hash link; undefined and empty query values are left out. */
export function href(path: string, query: Record<string, string | number | null | undefined> = {}): string {
  return `#${path}${searchOf(query)}`;
}

/** Goes to a page (a new history entry, or in place of this one with `replace`). */
export function navigate(
  path: string,
  query: Record<string, string | number | null | undefined> = {},
  options: { replace?: boolean } = {},
): void {
  const search = searchOf(query);
  if (active) void active.navigate({ pathname: path, search }, { replace: options.replace ?? false });
  else if (options.replace) window.location.replace(href(path, query));
  else window.location.hash = `${path}${search}`;
}
