import type { backupChannels } from '@shared/contract/backup';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { createManualBackup, listBackups, openBackupsFolder, restoreBackup } from './backups';

export function backupHandlers({ db, now, session }: HandlerContext): DomainHandlers<typeof backupChannels> {
  return {
    'backup:list': () => listBackups(session.ownFile),
    'backup:create': () => createManualBackup(session, db, now()),
    'backup:restore': ({ name }) => restoreBackup(session, name, now()),
    'backup:openFolder': () => openBackupsFolder(session),
  };
}
