import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

// Every successful change bumps one counter; screens that read data list it as an effect
// dependency and reload. Simple, and right for one window over one local database.

interface DataVersion {
  version: number;
  changed(): void;
}

const Context = createContext<DataVersion>({ version: 0, changed: () => {} });

export function DataVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ version, changed }), [version, changed]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useDataVersion(): DataVersion {
  return useContext(Context);
}
