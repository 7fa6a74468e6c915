import type { z } from 'zod';
import { backupChannels } from './backup';
import { connectsChannels } from './connects';
import { contractChannels } from './contracts';
import { dashboardChannels } from './dashboard';
import { dataChannels } from './data';
import type { ChannelSpec } from './define';
import { exportChannels } from './exports';
import { healthChannels } from './health';
import { importChannels } from './imports';
import { insightChannels } from './insights';
import { moneyChannels } from './money';
import { profileChannels } from './profiles';
import { proposalChannels } from './proposals';
import type { MenuCommand } from '../navigation';
import type { Result } from './result';
import { reviewChannels } from './review';
import { settingsChannels } from './settings';
import { syncChannels } from './sync';
import { targetChannels } from './targets';
import { teamChannels } from './team';
import { transactionChannels } from './transactions';

// The whole IPC contract: one file per channel prefix (domain). A new channel is one entry in its
// domain's file plus one handler in main/<domain>/handlers.ts; the preload, main's registration
// and the renderer's client all derive from this object.
export const contract = {
  ...backupChannels,
  ...connectsChannels,
  ...contractChannels,
  ...dashboardChannels,
  ...dataChannels,
  ...exportChannels,
  ...healthChannels,
  ...importChannels,
  ...insightChannels,
  ...moneyChannels,
  ...profileChannels,
  ...proposalChannels,
  ...reviewChannels,
  ...settingsChannels,
  ...syncChannels,
  ...targetChannels,
  ...teamChannels,
  ...transactionChannels,
} satisfies Record<`${string}:${string}`, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

/** What the renderer passes (before defaults and transforms). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What the handler receives (after validation). */
export type ChannelParsed<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Contract[C] extends ChannelSpec<z.ZodType, infer Out> ? Out : never;

export type ChannelFunction<C extends ChannelName> =
  undefined extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

/** What the preload puts on `window.bidwell`: one function per channel and one listener. */
export type BidwellApi = { [C in ChannelName]: ChannelFunction<C> } & {
  /** `text`: the clipboard's, with 'paste-job-post' only. */
  onMenuCommand(listener: (command: MenuCommand, text?: string) => void): () => void;
};

export type { Result, FieldError, IpcError } from './result';
export { MENU_COMMAND_EVENT, type MenuCommand } from '../navigation';
