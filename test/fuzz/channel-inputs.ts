import type fc from 'fast-check';
import type { ChannelName } from '@shared/contract';
import { moneyChannelInputs } from './inputs-money';
import { proposalChannelInputs } from './inputs-proposals';
import { syncChannelInputs } from './inputs-sync';
import { fuzzInput } from './mutate';
import type { Known } from './world';

/**
 * What each channel is fuzzed with. The type lists every channel of the contract, so a new
 * channel does not compile until it has near-valid inputs here too.
 */
export function channelInputs(known: Known): Record<ChannelName, fc.Arbitrary<unknown>> {
  let inputs = built.get(known);
  if (!inputs) built.set(known, (inputs = build(known)));
  return inputs;
}

const built = new WeakMap<Known, Record<ChannelName, fc.Arbitrary<unknown>>>();

function build(known: Known): Record<ChannelName, fc.Arbitrary<unknown>> {
  const nearValid: Record<ChannelName, fc.Arbitrary<unknown>> = {
    ...proposalChannelInputs(known),
    ...moneyChannelInputs(known),
    ...syncChannelInputs(),
  };
  return Object.fromEntries(Object.entries(nearValid).map(([channel, arb]) => [channel, fuzzInput(arb)])) as Record<
    ChannelName,
    fc.Arbitrary<unknown>
  >;
}
