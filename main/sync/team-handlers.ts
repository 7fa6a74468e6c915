import type { teamChannels } from '@shared/contract/team';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { teamService } from './team';

export function teamHandlers(context: HandlerContext): DomainHandlers<typeof teamChannels> {
  const team = teamService(context);
  return { 'team:weekly': (input) => team.weekly(input) };
}
