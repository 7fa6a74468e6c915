// Bands that turn numeric job and client signals into groups for the insights. main builds its
// SQL CASE expressions from these lists and the renderer its labels, so the two always agree.

export interface Band {
  /** Stable key stored nowhere but sent to the renderer: "<prefix>:<lower bound>". */
  key: string;
  /** Inclusive lower bound, in the column's unit (cents, percent, minutes). */
  min: number;
  /** Exclusive upper bound; null = no upper bound. */
  max: number | null;
}

/** Contiguous bands from a list of lower bounds: [0, 20, 40] -> [0,20) [20,40) [40,∞). */
export function bandsFrom(prefix: string, lowerBounds: readonly number[]): Band[] {
  return lowerBounds.map((min, i) => ({ key: `${prefix}:${min}`, min, max: lowerBounds[i + 1] ?? null }));
}

/** Hourly rates, in cents per hour. */
export const HOURLY_BID_BANDS = bandsFrom('hourly', [0, 2000, 4000, 7000, 10000]);
/** Fixed prices, in cents. */
export const FIXED_BID_BANDS = bandsFrom('fixed', [0, 10000, 50000, 100000, 500000]);
/** Client's hire rate, percent. 0% usually means a new client with no hire yet. */
export const CLIENT_HIRE_RATE_BANDS = bandsFrom('hireRate', [0, 1, 50, 80]);
/** Client's total spent on Upwork, cents. */
export const CLIENT_SPEND_BANDS = bandsFrom('spend', [0, 1, 100000, 1000000, 10000000]);
/** Minutes between the job being posted and the proposal going out. */
export const SPEED_BANDS = bandsFrom('minutes', [0, 15, 60, 240, 1440]);

export function bandOf(bands: readonly Band[], value: number): Band | undefined {
  return bands.find((b) => value >= b.min && (b.max === null || value < b.max));
}

export function findBand(key: string): Band | undefined {
  return [
    ...HOURLY_BID_BANDS,
    ...FIXED_BID_BANDS,
    ...CLIENT_HIRE_RATE_BANDS,
    ...CLIENT_SPEND_BANDS,
    ...SPEED_BANDS,
  ].find((b) => b.key === key);
}
