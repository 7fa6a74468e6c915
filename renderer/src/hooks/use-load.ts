import { useEffect, useRef, useState, type DependencyList } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

/**
 * Runs `fetch` whenever deps change; a stale answer (deps changed meanwhile) is dropped.
 * `arrived`, asked once on mount, may hand over a value already at hand: the first render shows
 * it and the first fetch is skipped.
 */
export function useLoad<T>(fetch: () => Promise<T>, deps: DependencyList, arrived?: () => T | undefined): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>(() => {
    const value = arrived?.();
    return value === undefined ? { state: 'loading' } : { state: 'ready', value };
  });
  const skipFirst = useRef(loaded.state === 'ready');
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    let current = true;
    fetch().then(
      (value) => current && setLoaded({ state: 'ready', value }),
      (error: unknown) => current && setLoaded({ state: 'error', message: String((error as Error).message ?? error) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what fetch depends on
  }, deps);
  return loaded;
}
