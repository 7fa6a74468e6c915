import { testApp } from '../support/temp-db';

// How long a large Upwork history takes: 5,000 payments with their fee rows (10,000 rows, more
// than ten busy years). Run: node --import tsx test/bench/money-import.ts. Prints JSON.

const HEADER =
  'Date,Transaction ID,Transaction Type,Transaction Summary,Transaction Summary Details,Description 1,Description 2,Description 3,Agency,Freelancer,Team,Account Name,PO,Ref ID,Amount $,Amount in local currency,Currency,Current Balance $,Payment Method';

function history(payments: number): string {
  const rows: string[] = [];
  for (let i = 0; i < payments; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + i * 6 * 3_600_000);
    const date = `"${day.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}"`;
    rows.push(`${date},9${i},Hourly,Invoice ${i},Acme,React work,,,,Dana,Acme,Dana,,${i},100.00,100.00,USD,0,`);
    rows.push(`${date},9${i},Service Fee,Service Fee,Acme,React work,,,,Dana,Acme,Dana,,${i},-10.00,-10.00,USD,0,`);
  }
  return `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, Math.round(performance.now() - started)];
}

const app = testApp();
const text = history(5000);
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
