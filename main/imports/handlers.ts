import type { importChannels } from '@shared/contract/imports';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { commitProposalImport, previewProposalImport } from './proposals-import';
import { commitUpworkImport, previewUpworkImport } from './upwork-import';
import { commitWeeklyImport, previewWeeklyImport } from './weekly-import';

export function importHandlers(context: HandlerContext): DomainHandlers<typeof importChannels> {
  return {
    'import:upworkPreview': ({ text }) => previewUpworkImport(context, text),
    'import:upworkCommit': ({ text }) => commitUpworkImport(context, text),
    'import:weeklyPreview': ({ text }) => previewWeeklyImport(context, text),
    'import:weeklyCommit': ({ text }) => commitWeeklyImport(context, text),
    'import:proposalsPreview': (options) => previewProposalImport(context, options),
    'import:proposalsCommit': (options) => commitProposalImport(context, options),
  };
}
