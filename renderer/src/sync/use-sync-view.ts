import type { SyncView } from '@shared/domain/sync';
import { load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useLoad } from '../hooks/use-load';
import { useBackgroundSyncs } from './use-synced';

/**
 * The sync status, read again whenever the data changes (a save, Sync now) and after a background sync:
 * the sidebar's "syncing to …" line and its Team entry follow it. Null until read.
 */
export function useSyncView(): SyncView | null {
  const { version } = useDataVersion();
  const syncs = useBackgroundSyncs();
  const sync = useLoad(() => load('sync:get'), [version, syncs]);
  return sync.state === 'ready' ? sync.value : null;
}
