import { contract, type ChannelName, type Result } from '@shared/contract';
import { toFieldErrors } from '@shared/contract/validation-errors';
import { fail, ok } from '@shared/contract/result';
import { InputError, NotFoundError } from '../core/errors';
import { STORAGE_MESSAGES, storageProblem } from './storage-errors';
import type { AsyncChannelName, HandlerTable } from '../core/handler-table';
import type { Logger } from '../core/log';

/** Signal logs queries slower than this; a handler over it is worth a look. */
const SLOW_MS = 40;

/** Synchronous for the synchronous channels; a Promise for the async ones, and for a name only known at run time, either. */
export type InvokeResult<C extends string> = C extends AsyncChannelName
  ? Promise<Result<unknown>>
  : C extends ChannelName
    ? Result<unknown>
    : Result<unknown> | Promise<Result<unknown>>;

export type Invoke = <C extends string>(channel: C, rawInput: unknown) => InvokeResult<C>;

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === 'function';
}

/**
 * The one path from untrusted input to a handler: unknown channels are refused, input is parsed
 * with the channel's schema, and every failure becomes `{ ok: false }` with field paths.
 * Used by main's ipcMain registration and by the e2e harness, so both run the same code.
 */
export function createInvoker(handlers: HandlerTable, log: Logger): Invoke {
  const settle = (channel: string, error: unknown): Result<never> => {
    if (error instanceof InputError) return fail('errors.invalidInput', error.message, error.fields);
    if (error instanceof NotFoundError) return fail('errors.notFound', error.message);
    log.error(`Handler for ${channel} failed`, error);
    // A full disk or a locked file is the user's to fix, with words saying how; anything else is a bug.
    const problem = storageProblem(error);
    if (problem) return fail(`errors.${problem}`, STORAGE_MESSAGES[problem]);
    return fail('errors.unexpected', error instanceof Error ? error.message : String(error));
  };
  const run = (channel: string, rawInput: unknown): Result<unknown> | Promise<Result<unknown>> => {
    if (!Object.hasOwn(contract, channel)) {
      return fail('errors.unknownChannel', `Unknown channel "${channel}"`);
    }
    const name = channel as ChannelName;
    const parsed = contract[name].input.safeParse(rawInput);
    if (!parsed.success) {
      return fail('errors.invalidInput', 'Some values need fixing', toFieldErrors(parsed.error));
    }
    const started = performance.now();
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const value = handler(parsed.data);
      // An async handler (a backup) does not block main; its failures map the same way.
      if (isPromise(value)) return value.then(ok, (error: unknown) => settle(channel, error));
      return ok(value);
    } catch (error) {
      return settle(channel, error);
    } finally {
      const elapsed = performance.now() - started;
      if (elapsed > SLOW_MS) log.warn(`Slow handler ${channel}: ${elapsed.toFixed(1)} ms`);
    }
  };
  // An async channel answers with a Promise even when it fails before its handler runs.
  const invoke = (channel: string, rawInput: unknown) => {
    const result = run(channel, rawInput);
    const spec = Object.hasOwn(contract, channel) ? (contract[channel as ChannelName] as { async?: true }) : undefined;
    return spec?.async && !isPromise(result) ? Promise.resolve(result) : result;
  };
  return invoke as Invoke;
}
