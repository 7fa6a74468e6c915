import { lazy, type ComponentType } from 'react';

/**
 * React.lazy for a named export: `lazyNamed(() => import('./InsightsPage'), 'InsightsPage')`.
 * The module becomes a chunk of its own, fetched the first time the component renders, so the
 * first screen does not wait for code it does not show (recharts, the import screens).
 */
export function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<unknown> })) as unknown as M[K];
}
