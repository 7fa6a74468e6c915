import { z } from 'zod';
import { WEEK_STARTS, type Settings } from '../domain/settings';
import { channel } from './define';

/** Accepts "" (the computer's zone) or a zone Intl knows, e.g. "Asia/Manila". */
export const timeZone = z
  .string()
  .trim()
  .max(64)
  .refine((zone) => {
    if (zone === '') return true;
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'validation.timeZone');

export const settingsPatchSchema = z.strictObject({
  weekStart: z.enum(WEEK_STARTS).optional(),
  timeZone: timeZone.optional(),
});

export const settingsChannels = {
  'settings:get': channel<Settings>()(z.undefined()),
  /** Changes only the keys given; returns the whole settings after the change. */
  'settings:update': channel<Settings>()(settingsPatchSchema),
};
