// Sync in the background (docs/sync.md): every minute while a connection is saved, which is also
// how a paused sync retries. "sync:now" with no connection saved returns at once.

export const SYNC_EVERY_MS = 60_000;

export interface AutoSyncHost {
  readonly kind: 'own' | 'sample';
  /** The session's invoker: the sync goes through the same handler as "Sync now". */
  invoke(channel: 'sync:now', input: undefined): unknown;
}

/** Starts the schedule; `synced` runs after each background sync (the window shows the new status). Returns a stop function. */
export function scheduleSync(host: AutoSyncHost, synced: () => void = () => {}): () => void {
  const timer = setInterval(() => {
    // The sample database never syncs.
    if (host.kind === 'own') void Promise.resolve(host.invoke('sync:now', undefined)).then(synced, synced);
  }, SYNC_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}
