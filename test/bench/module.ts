import type { Figure } from './figures';

// A bench module measures one part of the app. The runner (run.ts) calls `perSize` once for each
// size of database, `once` after the sizes, then `summary` with every figure the module gave.
// Register a module with one line in modules.ts.

export interface SizeContext {
  /** Proposals in the database. */
  size: number;
  /** A copy of the size's sample database, free to write to; shared by the modules in turn. */
  dbFile: string;
  /** A temporary folder for this size, removed afterwards. */
  dir: string;
  /** Timed runs per figure (BENCH_RUNS). */
  runs: number;
}

export interface OnceContext {
  /** A temporary folder for this module, removed afterwards. */
  dir: string;
  runs: number;
  /** Copies the cached sample database of `size` proposals to `target` (building it if missing). */
  database(size: number, target: string): void;
}

export interface BenchModule {
  perSize?(context: SizeContext): Figure[] | Promise<Figure[]>;
  once?(context: OnceContext): Figure[] | Promise<Figure[]>;
  /** Figures derived from the others, e.g. how a figure grew from the smallest size to the largest. */
  summary?(figures: readonly Figure[]): Figure[];
}
