import { parseUpworkCsv } from '@main/imports/upwork-csv';
import { parseWeeklySummary } from '@main/imports/weekly-summary-csv';
import { testApp } from '../support/temp-db';
import { upworkHistory, weeklySummary } from '../support/upwork-history';
import { round, type Figure } from './figures';
import type { BenchModule } from './module';

// Imports at scale: a generated 100,000-row Upwork transaction history in each layout and a
// 100,000-row Weekly Summary, each imported through the real handlers (preview, then commit)
// into a fresh database file, against parsing the same text alone (best of three).
// Targets: at least 50,000 rows/s end to end (20 ms per 1,000 rows) and preview + commit within
// twice parse-only. BENCH_IMPORT_ROWS changes the size.

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const MS_PER_1K_ROWS = 20;
const VS_PARSE = 2;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

function mustSucceed(result: unknown, what: string): void {
  if ((result as { ok?: boolean }).ok !== true)
    throw new Error(`${what} failed: ${JSON.stringify(result).slice(0, 300)}`);
}

function measure(
  name: string,
  text: string,
  rows: number,
  parse: (text: string) => unknown,
  channel: 'upwork' | 'weekly',
) {
  const parseMs = Math.min(...[0, 1, 2].map(() => timed(() => parse(text))[1]));
  const app = testApp();
  try {
    const [preview, previewMs] = timed(() => app.invoke(`import:${channel}Preview`, { text }));
    mustSucceed(preview, `${name} preview`);
    const [commit, commitMs] = timed(() => app.invoke(`import:${channel}Commit`, { text }));
    mustSucceed(commit, `${name} commit`);
    const total = previewMs + commitMs;
    const figures: Figure[] = [
      { name: `${name}_parse_ms`, value: round(parseMs) },
      { name: `${name}_preview_ms`, value: round(previewMs) },
      { name: `${name}_commit_ms`, value: round(commitMs) },
      { name: `${name}_rows_per_s`, value: Math.round(rows / (total / 1000)) },
      { name: `${name}_ms_per_1k_rows`, value: round(total / (rows / 1000)), target: MS_PER_1K_ROWS },
      { name: `${name}_vs_parse`, value: round(total / parseMs), target: VS_PARSE },
    ];
    return figures;
  } finally {
    app.cleanup();
  }
}

const imports: BenchModule = {
  once() {
    const payments = Math.floor(ROWS / 2);
    return [
      ...measure('history19', upworkHistory(payments, 'upwork19'), payments * 2, parseUpworkCsv, 'upwork'),
      ...measure('history13', upworkHistory(payments, 'upwork13'), payments * 2, parseUpworkCsv, 'upwork'),
      ...measure('weekly', weeklySummary(ROWS), ROWS, parseWeeklySummary, 'weekly'),
    ];
  },
};

export default imports;
