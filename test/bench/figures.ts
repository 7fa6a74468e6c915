// What every bench module reports: named figures, each with an optional target. A target is the
// most the figure may be (every figure here is "less is better"); the runner marks it met or not.

export interface Figure {
  /** snake_case, with its unit last: "dashboard_ms", "initial_chunk_gzip_kb", "dashboard_1m_vs_10k". */
  name: string;
  value: number;
  /** The largest value that meets the target; absent for figures printed for information. */
  target?: number;
  /** Proposals in the database it was measured on; absent for figures that do not depend on it. */
  size?: number;
}

export const met = (figure: Figure): boolean | undefined =>
  figure.target === undefined ? undefined : figure.value <= figure.target;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time of `fn` in ms over `runs` runs, after a few warm-up runs (prepared statements, page cache). */
export function medianMs(fn: (i: number) => unknown, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn(i);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export { median };

/** Two decimals: enough for a millisecond figure, readable in a JSON line. */
export const round = (n: number) => Math.round(n * 100) / 100;
