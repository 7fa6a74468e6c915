import { useTranslation } from 'react-i18next';
import type { SyncView } from '@shared/domain/sync';
import { useFormat } from '../hooks/use-format';

/** The status line: off, last synced and what waits, or why it is paused. Announced when it changes. */
export function SyncStatus({ view }: { view: SyncView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const waiting = t('sync.waiting', { count: view.waiting });
  let text: string;
  if (!view.connection) text = t('sync.status.off');
  else if (view.problem) text = t(`sync.status.${view.problem}`);
  else if (view.lastSyncedAt) text = t('sync.status.synced', { at: format.dateTime(view.lastSyncedAt) });
  else text = t('sync.status.never');
  return (
    <p className={`sync-status${view.problem ? ' sync-status-paused' : ''}`} role="status">
      {text}
      {view.connection ? ` · ${waiting}` : ''}
    </p>
  );
}
