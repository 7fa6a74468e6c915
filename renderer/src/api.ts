import type { BidwellApi, ChannelInput, ChannelName, ChannelOutput, Result } from '@shared/contract';

/** The preload's functions. Looked up at call time so tests can install a fake `window.bidwell`. */
export function bidwell(): BidwellApi {
  return window.bidwell;
}

/** Calls a channel; the Result keeps field errors for the form that made the call. */
export function call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  const fn = bidwell()[channel] as (input?: unknown) => Promise<Result<ChannelOutput<C>>>;
  return fn(input);
}

/** For reads whose failure is unexpected: throws the message so the error boundary shows it. */
export async function load<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
