import { useCallback, useState } from 'react';
import type { DatabaseKind } from '@shared/domain/data';
import { call, load } from '../api';
import { useDataVersion } from './data-version';
import { useLoad } from './use-load';

/** Which database is open (the user's own or the sample one) and a way to switch. */
export function useDataSource() {
  const { version, changed } = useDataVersion();
  const current = useLoad(() => load('data:current'), [version]);
  const [switching, setSwitching] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const use = useCallback(
    async (kind: DatabaseKind) => {
      setSwitching(true);
      setError(null);
      const result = await call('data:use', { kind });
      setSwitching(false);
      if (!result.ok) return setError(result.error.message);
      // Every screen reloads from the database now open.
      changed();
    },
    [changed],
  );

  return { kind: current.state === 'ready' ? current.value.kind : null, use, switching, error };
}
