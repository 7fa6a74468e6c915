import fc from 'fast-check';
import type { ChannelName } from '@shared/contract';
import { channelInputs } from './channel-inputs';
import { SOUND, type CaseOutcome, type FuzzWorld, type Verdict } from './fuzz-case';

// Runs one channel's property many times and counts what happened.

export interface ChannelStats {
  channel: ChannelName;
  runs: number;
  counts: Record<Verdict, number>;
  /** The first input of each unsound verdict, to reproduce it. */
  examples: { verdict: Verdict; input: unknown; detail?: string }[];
}

/** Pinned so a run is the same on any machine and any day; FUZZ_SEED explores others. */
export const DEFAULT_SEED = 20261120;

export function fuzzSeed(): number {
  return Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
}

/** The property of one channel; `record` sees each outcome. With `strict` an unsound outcome fails the run. */
export function channelProperty(
  world: FuzzWorld,
  channel: ChannelName,
  options: { strict: boolean; record?: (outcome: CaseOutcome, input: unknown) => void },
) {
  const inputs = channelInputs(world.known)[channel];
  return fc.asyncProperty(inputs, async (input) => {
    const outcome = await world.run(channel, input);
    options.record?.(outcome, input);
    if (options.strict && !SOUND.includes(outcome.verdict)) {
      throw new Error(`${channel}: ${outcome.verdict}${outcome.detail ? `: ${outcome.detail}` : ''}`);
    }
  });
}

/** Counts every outcome over `runs` cases, without stopping at the first unsound one. */
export async function fuzzChannel(world: FuzzWorld, channel: ChannelName, runs: number): Promise<ChannelStats> {
  const stats: ChannelStats = {
    channel,
    runs: 0,
    counts: { ok: 0, refused: 0, unexpected: 0, changedAfterRefusal: 0, threw: 0, malformed: 0 },
    examples: [],
  };
  const record = (outcome: CaseOutcome, input: unknown) => {
    stats.runs++;
    stats.counts[outcome.verdict]++;
    if (!SOUND.includes(outcome.verdict) && !stats.examples.some((e) => e.verdict === outcome.verdict)) {
      stats.examples.push({ verdict: outcome.verdict, input, detail: outcome.detail });
    }
  };
  await fc.assert(channelProperty(world, channel, { strict: false, record }), { numRuns: runs, seed: fuzzSeed() });
  return stats;
}
