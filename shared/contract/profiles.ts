import { z } from 'zod';
import { PROFILE_KINDS, type Profile } from '../domain/proposal';
import { channel } from './define';
import { id, requiredText } from './fields';

const name = requiredText(80);

export const profileChannels = {
  'profiles:list': channel<Profile[]>()(z.undefined()),
  'profiles:create': channel<Profile>()(z.strictObject({ name, kind: z.enum(PROFILE_KINDS).default('general') })),
  'profiles:rename': channel<Profile>()(z.strictObject({ id, name })),
  'profiles:setArchived': channel<Profile>()(z.strictObject({ id, archived: z.boolean() })),
};
