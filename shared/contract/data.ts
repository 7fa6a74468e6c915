import { z } from 'zod';
import { channel } from './define';

export const DATABASE_KINDS = ['own', 'sample'] as const;
export type DatabaseKindName = (typeof DATABASE_KINDS)[number];

export const dataChannels = {
  /** Which database is open: the user's own or the sample one. */
  'data:current': channel<{ kind: DatabaseKindName }>()(z.undefined()),
  'data:use': channel<{ kind: DatabaseKindName }>()(z.strictObject({ kind: z.enum(DATABASE_KINDS) })),
};
