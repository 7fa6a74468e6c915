import { setClock } from '@renderer/lib/clock';
import { channelNames, type BidwellApi, type MenuCommand } from '@shared/contract';
import { testApp } from '../support/temp-db';

/**
 * Installs `window.bidwell` backed by the real session, handlers and a temporary SQLite file,
 * with values cloned as IPC would; the renderer reads the same clock as the handlers (the pinned
 * test instant unless `start` says otherwise, moved by `app.setNow`). Returns the app (for
 * database assertions) and a menu trigger.
 */
export function installRealBackend(start?: string) {
  const app = testApp(start);
  setClock(app.clock);
  const listeners = new Set<(command: MenuCommand, text?: string) => void>();
  const calls = Object.fromEntries(
    channelNames.map((name) => [name, async (input?: unknown) => structuredClone(await app.invoke(name, input))]),
  );
  const api = {
    ...calls,
    onMenuCommand(listener: (command: MenuCommand, text?: string) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  window.bidwell = api as unknown as BidwellApi;
  return { app, menu: (command: MenuCommand, text?: string) => listeners.forEach((l) => l(command, text)) };
}
