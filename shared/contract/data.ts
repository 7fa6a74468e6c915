import { z } from 'zod';
import { DATABASE_KINDS, type AboutInfo, type DatabaseKind } from '../domain/data';
import { channel } from './define';

export const dataChannels = {
  /** Which database is open: the user's own or the sample one. */
  'data:current': channel<{ kind: DatabaseKind }>()(z.undefined()),
  /** The version and where the data lives, for the About box. */
  'data:about': channel<AboutInfo>()(z.undefined()),
  'data:use': channel<{ kind: DatabaseKind }>()(z.strictObject({ kind: z.enum(DATABASE_KINDS) })),
};
