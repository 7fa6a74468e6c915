import { useEffect } from 'react';
import { bidwell } from '../api';
import { useDataVersion } from '../hooks/data-version';

/**
 * When a background sync brings changes made on another computer, main says 'sync:pulled': every
 * screen reads its data again, as after a change made here, so a teammate's proposal shows up
 * without leaving the screen. (A sync that brought nothing changes nothing on screen.)
 */
export function usePulledChanges(): void {
  const { changed } = useDataVersion();
  useEffect(
    () =>
      bidwell().onMenuCommand((command) => {
        if (command === 'sync:pulled') changed();
      }),
    [changed],
  );
}
