import { describe, expect, it } from 'vitest';
import { readCsv } from '@main/imports/csv-read';

// readCsv guesses the delimiter from the first rows (a prefix of the text), as papaparse would
// from the whole: spreadsheets in some locales save with semicolons or tabs.

describe('the CSV delimiter', () => {
  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
  ])('reads a %s-separated file, quoted cells and all', (_name, d) => {
    const text = `Date${d}Job${d}Amount\r\n2024-04-16${d}"Builder${d} HTML"${d}10.5\r\n\r\n2024-04-17${d}Audit${d}3\r\n`;
    const csv = readCsv(text);
    expect(csv.header).toEqual(['Date', 'Job', 'Amount']);
    expect(csv.rows).toEqual([
      { line: 2, cells: ['2024-04-16', `Builder${d} HTML`, '10.5'] },
      { line: 4, cells: ['2024-04-17', 'Audit', '3'] },
    ]);
  });

  it('keeps the guess of the first rows for a file far longer than the prefix it guesses from', () => {
    const row = '2024-04-16;Builder;10.5\n';
    const text = `Date;Job;Amount\n${row.repeat(60_000)}`;
    expect(text.length).toBeGreaterThan(1 << 20);
    const csv = readCsv(text);
    expect(csv.rows).toHaveLength(60_000);
    expect(csv.rows.at(-1)).toEqual({ line: 60_001, cells: ['2024-04-16', 'Builder', '10.5'] });
    expect(csv.rowIssues).toEqual([]);
  });
});
