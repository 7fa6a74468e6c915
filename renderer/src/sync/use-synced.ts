import { useEffect, useState } from 'react';
import { bidwell } from '../api';

/**
 * A number that goes up each time main says a background sync ran (every minute while a
 * connection is saved): what shows the sync status lists it as an effect dependency and reads it again.
 */
export function useBackgroundSyncs(): number {
  const [syncs, setSyncs] = useState(0);
  useEffect(
    () =>
      bidwell().onMenuCommand((command) => {
        if (command === 'sync:synced') setSyncs((n) => n + 1);
      }),
    [],
  );
  return syncs;
}
