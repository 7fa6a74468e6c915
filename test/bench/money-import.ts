import { testApp } from '../support/temp-db';
import { upworkHistory } from '../support/upwork-history';

// How long a large Upwork history takes: 5,000 payments with their fee rows (10,000 rows, more
// than ten busy years). Run: node --import tsx test/bench/money-import.ts. Prints JSON.

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, Math.round(performance.now() - started)];
}

const app = testApp();
const text = upworkHistory(5000);
const [, previewMs] = time(() => app.invoke('import:upworkPreview', { text }));
const [committed, commitMs] = time(() => app.invoke('import:upworkCommit', { text }));
const [, reimportMs] = time(() => app.invoke('import:upworkPreview', { text }));
const [, summaryMs] = time(() =>
  app.invoke('money:summary', { from: '2024-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }),
);
app.cleanup();
console.log(
  JSON.stringify({
    rows: 10_000,
    bytes: text.length,
    previewMs,
    commitMs,
    reimportPreviewMs: reimportMs,
    summary3YearsMs: summaryMs,
    committed,
  }),
);
