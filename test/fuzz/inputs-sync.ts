import fc from 'fast-check';
import { SYNC_TLS } from '@shared/domain/sync';
import { MAX_TEAM_WEEKS } from '@shared/domain/team';
import { intAround, oneOf, textUpTo } from './values';

/** The Sync screen's and the team view's channels. The fuzzed app has no keychain, so no connection is ever saved and nothing dials out. */
export function syncChannelInputs() {
  return {
    'sync:get': fc.constant(undefined),
    'sync:save': fc.record({
      host: textUpTo(260),
      port: intAround(1, 65535),
      database: textUpTo(70),
      user: textUpTo(70),
      password: textUpTo(40),
      tls: oneOf(SYNC_TLS),
      member: textUpTo(90),
    }),
    'sync:now': fc.constant(undefined),
    'sync:leave': fc.constant(undefined),
    'team:weekly': fc.record({ weeks: intAround(1, MAX_TEAM_WEEKS) }),
  };
}
