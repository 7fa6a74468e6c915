import type { z } from 'zod';

/** One IPC channel: the zod schema main validates input with, and (as a type only) its output. */
export interface ChannelSpec<In extends z.ZodType = z.ZodType, Out = unknown> {
  readonly input: In;
  /** Never set at runtime: carries the output type. */
  readonly output?: Out;
}

/** `channel<Output>()(inputSchema)`: the two-step call lets TypeScript infer the input while the output is named. */
export function channel<Out>() {
  return <In extends z.ZodType>(input: In): ChannelSpec<In, Out> => ({ input });
}

/**
 * A channel whose handler returns a Promise: work main must not block on (SQLite's online backup
 * runs in steps between other calls). Every other handler stays synchronous.
 */
export function asyncChannel<Out>() {
  return <In extends z.ZodType>(input: In): ChannelSpec<In, Out> & { readonly async: true } => ({ input, async: true });
}
