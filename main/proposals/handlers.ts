import type { proposalChannels } from '@shared/contract/proposals';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { proposalService } from './proposals';

export function proposalHandlers(context: HandlerContext): DomainHandlers<typeof proposalChannels> {
  const proposals = proposalService(context);
  return {
    'proposals:create': (input) => proposals.create(input),
    'proposals:update': (input) => proposals.update(input),
    'proposals:get': ({ id }) => proposals.get(id),
    'proposals:list': (filter) => proposals.list(filter),
    'proposals:defaults': () => proposals.defaults(),
    'proposals:duplicateOf': ({ jobUrl }) => proposals.duplicateOf(jobUrl),
    'proposals:delete': ({ id }) => proposals.remove(id),
    'proposals:restore': (snapshot) => proposals.restore(snapshot),
    'proposals:setStatus': (input) => proposals.setStatus(input),
    'proposals:updateEvent': (input) => proposals.updateEvent(input),
    'proposals:deleteEvent': ({ eventId }) => proposals.deleteEvent(eventId),
  };
}
