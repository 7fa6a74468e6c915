import type { importChannels } from '@shared/contract/imports';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { commitProposalImport, previewProposalImport } from './proposals-import';
import { commitUpworkImport, previewUpworkImport } from './upwork-import';

export function importHandlers(context: HandlerContext): DomainHandlers<typeof importChannels> {
  return {
    'import:upworkPreview': ({ text }) => previewUpworkImport(context, text),
    'import:upworkCommit': ({ text }) => commitUpworkImport(context, text),
    'import:proposalsPreview': (options) => previewProposalImport(context, options),
    'import:proposalsCommit': (options) => commitProposalImport(context, options),
  };
}
