import type { dataChannels } from '@shared/contract/data';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';

export function dataHandlers({ session }: HandlerContext): DomainHandlers<typeof dataChannels> {
  return {
    'data:current': () => ({ kind: session.kind }),
    'data:use': ({ kind }) => {
      session.useDatabase(kind);
      return { kind };
    },
  };
}
