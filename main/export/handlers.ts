import type { exportChannels } from '@shared/contract/exports';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { exportJson, exportProposalsCsv, exportTransactionsCsv } from './exports';

export function exportHandlers({ db, now }: HandlerContext): DomainHandlers<typeof exportChannels> {
  return {
    'export:proposalsCsv': () => exportProposalsCsv(db, now()),
    'export:transactionsCsv': () => exportTransactionsCsv(db, now()),
    'export:json': () => exportJson(db, now()),
  };
}
