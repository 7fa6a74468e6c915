import { z } from 'zod';
import { MAX_TEAM_WEEKS, type TeamView } from '../domain/team';
import { asyncChannel } from './define';

export const teamChannels = {
  /** The team's weekly figures for the latest `weeks` weeks, asked of the team's server. */
  'team:weekly': asyncChannel<TeamView>()(
    z.strictObject({ weeks: z.number().int('validation.wholeNumber').min(1).max(MAX_TEAM_WEEKS) }),
  ),
};
