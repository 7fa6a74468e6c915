import type { dataChannels } from '@shared/contract/data';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { backupFolder } from '../backup/backups';

export function dataHandlers({ session }: HandlerContext): DomainHandlers<typeof dataChannels> {
  return {
    'data:current': () => ({ kind: session.kind }),
    'data:about': () => ({
      version: session.desktop.version,
      ownFile: session.ownFile,
      sampleFile: session.sampleFile,
      backupsFolder: backupFolder(session.ownFile),
      open: session.kind,
    }),
    'data:use': ({ kind }) => {
      session.useDatabase(kind);
      return { kind };
    },
  };
}
