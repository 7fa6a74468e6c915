// Sync in the background (docs/sync.md): every minute while a connection is saved, which is also
// how a paused sync retries. "sync:now" with no connection saved returns at once.

export const SYNC_EVERY_MS = 60_000;

export interface AutoSyncHost {
  readonly kind: 'own' | 'sample';
  /** The session's invoker: the sync goes through the same handler as "Sync now". */
  invoke(channel: 'sync:now', input: undefined): unknown;
}

/**
 * Starts the schedule; `synced` runs after each background sync with the number of changes it
 * brought from the team (the window shows the new status, and reads its data again when there
 * were any). Returns a stop function.
 */
export function scheduleSync(host: AutoSyncHost, synced: (pulled: number) => void = () => {}): () => void {
  const timer = setInterval(() => {
    // The sample database never syncs.
    if (host.kind === 'own')
      void Promise.resolve(host.invoke('sync:now', undefined)).then(
        (answer) => synced(pulledBy(answer)),
        () => synced(0),
      );
  }, SYNC_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}

/** "sync:now" answers a Result of the sync's view; anything else (a failed call) pulled nothing. */
function pulledBy(answer: unknown): number {
  const result = answer as { ok?: boolean; value?: { pulled?: unknown } } | undefined;
  return result?.ok && typeof result.value?.pulled === 'number' ? result.value.pulled : 0;
}
