import type { ChannelInput, ChannelOutput } from '@shared/contract';
import type { TrailingWeeks } from '@shared/domain/dashboard';
import { load } from '../api';

// The dashboard is the screen the app opens on, so its figures are asked for as the page starts,
// before the language is set up and React mounts: main answers while the page is still busy
// starting, and the figures are there when the screen first asks. Asked once; every later load
// (another week, another comparison, a data change) asks main as usual.

type Input = ChannelInput<'dashboard:get'>;
type Answer = Promise<ChannelOutput<'dashboard:get'>>;

/** The comparison the dashboard opens with. */
export const DEFAULT_TRAILING: TrailingWeeks = 4;

type Value = Awaited<Answer>;

let early: { key: string; answer: Answer; arrived?: Value } | null = null;

const keyOf = (input: Input) => JSON.stringify([input.week ?? null, input.trailing]);

/** Asks main for the dashboard now; the first `loadDashboard` with the same input takes the answer. */
export function askDashboardEarly(input: Input): void {
  const answer = load('dashboard:get', input);
  // A failure is reported by whoever takes the answer (the screen's error), not as unhandled.
  const entry: NonNullable<typeof early> = { key: keyOf(input), answer };
  answer.then(
    (value) => (entry.arrived = value),
    () => {},
  );
  early = entry;
}

/** Settles once the early answer (if any was asked) has arrived or failed. */
export function earlyDashboardSettled(): Promise<void> {
  return early
    ? early.answer.then(
        () => {},
        () => {},
      )
    : Promise.resolve();
}

/**
 * The early answer if it has already arrived and was for this input (taken: once), so the screen
 * can draw the figures in its very first render instead of one render later.
 */
export function arrivedDashboard(input: Input): Value | undefined {
  if (!early || early.key !== keyOf(input) || early.arrived === undefined) return undefined;
  const { arrived } = early;
  early = null;
  return arrived;
}

/** The early answer if it was for this input (once), else a fresh request. */
export function loadDashboard(input: Input): Answer {
  const taken = early;
  early = null;
  return taken && taken.key === keyOf(input) ? taken.answer : load('dashboard:get', input);
}
