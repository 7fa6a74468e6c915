import type { ChannelName, ChannelOutput, ChannelParsed, Contract } from '@shared/contract';

/** Channels declared with asyncChannel(): their handlers return a Promise. */
export type AsyncChannelName = {
  [C in ChannelName]: Contract[C] extends { readonly async: true } ? C : never;
}[ChannelName];

/**
 * A handler receives validated input and returns its output synchronously (better-sqlite3 is
 * synchronous), except on the few channels declared async.
 */
export type Handler<C extends ChannelName> = (
  input: ChannelParsed<C>,
) => C extends AsyncChannelName ? Promise<ChannelOutput<C>> : ChannelOutput<C>;

export type HandlerTable = { [C in ChannelName]: Handler<C> };

/** The handlers of one domain: the channels of its contract file. */
export type DomainHandlers<Channels> = { [C in keyof Channels & ChannelName]: Handler<C> };
