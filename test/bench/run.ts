// npm run bench: the speed figures, each printed as it is measured, at each size of database
// (BENCH_SIZES, default 10,000, 100,000 and 1,000,000 proposals from the sample generator),
// then the figures measured once (the renderer's bundle, first paint in Chromium, imports).
// Not part of `npm test`: timings belong here, not in assertions. The last line printed is one
// JSON object: every figure (by size where it has one) with its target and whether it was met.
//   BENCH_SIZES=10000,100000   BENCH_ONLY=handlers,search   BENCH_RUNS=25   BENCH_CACHE=<folder>
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDatabase } from './database';
import { met, type Figure } from './figures';
import type { BenchModule } from './module';
import { BENCH_MODULES } from './modules';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const ONLY = process.env.BENCH_ONLY?.split(',');

function print(figure: Figure): void {
  const verdict = figure.target === undefined ? '' : ` (target ${figure.target}: ${met(figure) ? 'met' : 'NOT met'})`;
  console.log(`  ${figure.name.padEnd(34)} ${String(figure.value).padStart(9)}${verdict}`);
}

function withDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bidwell-bench-run-'));
  return run(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** { name: { value, target, met } } or, for figures by size, { name: { [size]: { value, target, met } } }. */
function asJson(figures: readonly Figure[]) {
  const out: Record<string, unknown> = {};
  for (const figure of figures) {
    const entry = {
      value: figure.value,
      ...(figure.target !== undefined && { target: figure.target, met: met(figure) }),
    };
    if (figure.size === undefined) out[figure.name] = entry;
    else out[figure.name] = { ...(out[figure.name] as object), [figure.size]: entry };
  }
  return out;
}

async function main() {
  const names = Object.keys(BENCH_MODULES).filter((name) => !ONLY || ONLY.includes(name));
  const modules: [string, BenchModule][] = [];
  for (const name of names) modules.push([name, (await BENCH_MODULES[name]!()).default]);
  const byModule = new Map<string, Figure[]>(names.map((name) => [name, []]));
  const report = (name: string, figures: Figure[]) => {
    figures.forEach(print);
    byModule.get(name)!.push(...figures);
  };

  const sizes = modules.some(([, m]) => m.perSize) ? SIZES : [];
  for (const size of sizes) {
    console.log(`${size.toLocaleString('en')} proposals`);
    await withDir(async (dir) => {
      const dbFile = join(dir, 'bench.sqlite3');
      benchDatabase(size, dbFile);
      for (const [name, module] of modules) {
        if (module.perSize) report(name, await module.perSize({ size, dbFile, dir, runs: RUNS }));
      }
    });
  }
  for (const [name, module] of modules.filter(([, m]) => m.once)) {
    console.log(name);
    await withDir(async (dir) => report(name, await module.once!({ dir, runs: RUNS, database: benchDatabase })));
  }
  for (const [name, module] of modules.filter(([, m]) => m.summary)) {
    const derived = module.summary!(byModule.get(name)!);
    if (derived.length > 0) console.log(`${name}: growth`);
    report(name, derived);
  }

  const figures = [...byModule.values()].flat();
  const targeted = figures.filter((f) => f.target !== undefined);
  console.log(JSON.stringify({ sizes, runs: RUNS, ...asJson(figures), met: targeted.every((f) => met(f)) }));
}

await main();
