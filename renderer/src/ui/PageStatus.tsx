import type { Loaded } from '../hooks/use-load';

/** What a screen shows before its data is ready: nothing while loading (it is local and quick), or the error. */
export function PageStatus({ loaded }: { loaded: Exclude<Loaded<unknown>, { state: 'ready' }> }) {
  if (loaded.state === 'loading') return <section className="page" aria-busy="true" />;
  return (
    <section className="page">
      <p className="error">{loaded.message}</p>
    </section>
  );
}
