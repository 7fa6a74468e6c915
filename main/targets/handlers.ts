import type { targetChannels } from '@shared/contract/targets';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { targetsService } from './targets';

export function targetHandlers(context: HandlerContext): DomainHandlers<typeof targetChannels> {
  const targets = targetsService(context);
  return {
    'targets:week': () => targets.week(),
  };
}
