import type { importChannels } from '@shared/contract/imports';
import { createBackup, listBackups, restoreBackup } from '../backup/backups';
import { exportJson, exportProposalsCsv, exportTransactionsCsv } from '../export/exports';
import { commitProposalImport, previewProposalImport } from './proposals-import';
import { commitUpworkImport, previewUpworkImport } from './upwork-import';
import { InputError } from '../core/errors';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';

export function importHandlers(context: HandlerContext): DomainHandlers<typeof importChannels> {
  const { db, now, session } = context;

  return {
    'import:upworkPreview': ({ text }) => previewUpworkImport(db, text),
    'import:upworkCommit': ({ text }) => commitUpworkImport(db, text, now().toISOString()),
    'import:proposalsPreview': (options) => previewProposalImport(context, options),
    'import:proposalsCommit': (options) => commitProposalImport(context, options),

    'export:proposalsCsv': () => exportProposalsCsv(db, now()),
    'export:transactionsCsv': () => exportTransactionsCsv(db, now()),
    'export:json': () => exportJson(db, now()),

    'backup:list': () => listBackups(session.ownFile),
    'backup:create': async () => {
      if (session.kind !== 'own') {
        throw InputError.field('', 'validation.sampleOpen', 'Switch back to your own data to back it up');
      }
      return createBackup(db, session.ownFile, 'manual', now());
    },
    'backup:restore': ({ name }) => restoreBackup(session, name, now()),
  };
}
