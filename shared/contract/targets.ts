import { z } from 'zod';
import type { TargetProgress } from '../domain/targets';
import { channel } from './define';

export const targetChannels = {
  /** The current week (in the user's zone and week start) against the weekly targets. */
  'targets:week': channel<TargetProgress>()(z.undefined()),
};
