import { lazy, type ComponentType } from 'react';

/** A page loaded on first use: `lazyPage(() => import('./X'), 'X')` for a module's named component. */
export function lazyPage<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
