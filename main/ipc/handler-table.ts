import type { ChannelName, ChannelOutput, ChannelParsed } from '../../shared/contract';

/** A handler receives validated input and returns its output synchronously (better-sqlite3 is synchronous). */
export type Handler<C extends ChannelName> = (input: ChannelParsed<C>) => ChannelOutput<C>;

export type HandlerTable = { [C in ChannelName]: Handler<C> };

/** The handlers of one domain: the channels of its contract file. */
export type DomainHandlers<Channels> = { [C in keyof Channels & ChannelName]: Handler<C> };
