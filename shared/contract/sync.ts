import { z } from 'zod';
import { SYNC_TLS, type SyncView } from '../domain/sync';
import { asyncChannel, channel } from './define';
import { requiredText } from './fields';

/** The Sync screen's form. A blank password keeps the one already kept. */
export const syncConnectionSchema = z.strictObject({
  host: requiredText(255),
  port: z.number().int('validation.wholeNumber').min(1).max(65535),
  database: requiredText(63),
  user: requiredText(63),
  password: z.string().max(1000).default(''),
  tls: z.enum(SYNC_TLS),
  member: requiredText(80),
});

export const syncChannels = {
  'sync:get': channel<SyncView>()(z.undefined()),
  'sync:save': channel<SyncView>()(syncConnectionSchema),
  /** Push, then pull, now; the status says how it went (a failure is a status, not an error). */
  'sync:now': asyncChannel<SyncView>()(z.undefined()),
  /** Stops syncing and forgets the connection and password; the data here stays as it is. */
  'sync:leave': channel<SyncView>()(z.undefined()),
};
