import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { resolveTimeZone } from '@shared/metrics/weeks';
import { call } from '../api';
import { useDataVersion } from './data-version';

// The zone dates are shown and typed in: the one chosen in Settings (weeks are cut in it too),
// else the computer's. Read once per data change, so a new choice shows everywhere at once.

const Context = createContext<string>(resolveTimeZone(''));

export function UserZoneProvider({ children }: { children: ReactNode }) {
  const { version } = useDataVersion();
  const [zone, setZone] = useState(() => resolveTimeZone(''));
  useEffect(() => {
    let current = true;
    void call('settings:get').then((result) => {
      if (current && result.ok) setZone(resolveTimeZone(result.value.timeZone));
    });
    return () => {
      current = false;
    };
  }, [version]);
  return <Context.Provider value={zone}>{children}</Context.Provider>;
}

export function useUserZone(): string {
  return useContext(Context);
}
