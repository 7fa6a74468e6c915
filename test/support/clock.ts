import type { Clock } from '@shared/clock';
import { localDateOf, resolveTimeZone } from '@shared/metrics/weeks';

// "Now" for every test: BIDWELL_TEST_NOW (an ISO instant; CI runs the suite at several, see
// docs/testing.md) or a fixed anchor. The zone is the process's own (TZ), which is also the
// "computer's zone" the app falls back to. No test reads the wall clock.

const ANCHOR = '2026-11-20T10:00:00.000Z';

function readTestNow(): string {
  const text = process.env.BIDWELL_TEST_NOW?.trim() || ANCHOR;
  const at = Date.parse(text);
  if (Number.isNaN(at)) throw new Error(`BIDWELL_TEST_NOW is not an ISO instant: "${text}"`);
  return new Date(at).toISOString();
}

/** The pinned instant, ISO UTC. */
export const TEST_NOW = readTestNow();

/** The zone tests run in (TZ, else the machine's), as the app resolves "this computer's zone". */
export const TEST_ZONE = resolveTimeZone('');

/** A clock stopped at `instant`. */
export function fixedClock(instant: string): Clock {
  const at = Date.parse(instant);
  if (Number.isNaN(at)) throw new Error(`Not an instant: "${instant}"`);
  return () => new Date(at);
}

/** A clock stopped at TEST_NOW. */
export const testClock: Clock = fixedClock(TEST_NOW);

/** The instant `days` whole days (of 24 hours) before TEST_NOW, ISO UTC: "a recent past". */
export function daysBeforeNow(days: number): string {
  return new Date(Date.parse(TEST_NOW) - days * 86_400_000).toISOString();
}

/** Today's local date in TEST_ZONE, "YYYY-MM-DD". */
export function testToday(): string {
  return localDateOf(TEST_NOW, TEST_ZONE);
}
