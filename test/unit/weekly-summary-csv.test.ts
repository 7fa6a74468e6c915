import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWeeklySummary } from '@main/imports/weekly-summary-csv';
import { fixtureText } from '../support/fixtures';

// The Weekly Summary reader over generated files written as Upwork writes them (every value
// quoted, `Date, Contract, Hours, Amount, Payment type`), with the columns in any order: each
// row comes back as written, a broken cell refuses its own line and no other, and no text at
// all makes it throw.

interface Written {
  day: string;
  title: string;
  upworkId: string;
  /** Hundred-thousandths of an hour (five decimals), null on a payment row. */
  hoursE5: number | null;
  amountCents: number;
  type: '' | 'Fixed Price Payment' | 'Bonus';
}

const COLUMNS = ['Date', 'Contract', 'Hours', 'Amount', 'Payment type'] as const;

const day = fc
  .integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
/** Titles as clients write them: commas, quotes, parentheses and numbers of their own, any script. */
const title = fc
  .array(fc.constantFrom('Fix', 'site', '(v2)', '"Pro"', 'a, b', '2024', 'React', '网站', 'déjà', '(123)', '-'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((words) => words.join(' '));
const hourly = fc.record({
  hoursE5: fc.integer({ min: 0, max: 24 * 100_000 }),
  type: fc.constant('' as const),
});
const payment = fc.record({
  hoursE5: fc.constant(null),
  type: fc.constantFrom('Fixed Price Payment' as const, 'Bonus' as const),
});
const written: fc.Arbitrary<Written> = fc
  .tuple(
    day,
    title,
    fc.integer({ min: 1, max: 99_999_999 }).map(String),
    fc.integer({ min: 0, max: 5_000_000 }),
    fc.oneof(hourly, payment),
  )
  .map(([d, t, upworkId, amountCents, kind]) => ({ day: d, title: t, upworkId, amountCents, ...kind }));

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

function cellsOf(row: Written): Record<(typeof COLUMNS)[number], string> {
  return {
    Date: row.day,
    Contract: `${row.title} (${row.upworkId})`,
    Hours: row.hoursE5 === null ? '' : (row.hoursE5 / 100_000).toFixed(5),
    Amount: (row.amountCents / 100).toFixed(2),
    'Payment type': row.type,
  };
}

function fileOf(rows: Written[], order: readonly (typeof COLUMNS)[number][], eol = '\r\n'): string {
  const lines = [order.map(quote).join(','), ...rows.map((r) => order.map((c) => quote(cellsOf(r)[c])).join(','))];
  return `${lines.join(eol)}${eol}`;
}

const columnOrder = fc.shuffledSubarray([...COLUMNS], { minLength: COLUMNS.length, maxLength: COLUMNS.length });
const PAYMENT = { '': 'hourly', 'Fixed Price Payment': 'fixed_price', Bonus: 'bonus' } as const;

describe('the Weekly Summary reader', () => {
  it('reads every row back as written, headers by name in any order, each with its line', () => {
    fc.assert(
      fc.property(
        fc.array(written, { minLength: 1, maxLength: 30 }),
        columnOrder,
        fc.constantFrom('\r\n', '\n'),
        (rows, order, eol) => {
          const parse = parseWeeklySummary(fileOf(rows, order, eol));
          expect(parse.issues).toEqual([]);
          expect(parse.rowCount).toBe(rows.length);
          expect(
            parse.rows.map((r) => [r.line, r.day, r.title, r.upworkId, r.seconds, r.amountCents, r.payment]),
          ).toEqual(
            rows.map((r, i) => [
              i + 2,
              r.day,
              r.title,
              r.upworkId,
              r.hoursE5 === null ? null : Math.round((r.hoursE5 * 36) / 1000),
              r.amountCents,
              PAYMENT[r.type],
            ]),
          );
          // Rows repeating a contract, day and payment still get keys of their own.
          expect(new Set(parse.rows.map((r) => r.externalId)).size).toBe(rows.length);
        },
      ),
    );
  });

  it('gives the same keys to the same rows in another file, so importing again adds nothing', () => {
    fc.assert(
      fc.property(fc.array(written, { minLength: 1, maxLength: 20 }), columnOrder, (rows, order) => {
        const keys = (text: string) => parseWeeklySummary(text).rows.map((r) => r.externalId);
        expect(keys(fileOf(rows, order))).toEqual(keys(fileOf(rows, COLUMNS)));
      }),
    );
  });

  it('refuses a broken cell on its own line, and reads the rows around it', () => {
    const breakers = fc.constantFrom(
      ['Date', '2024-02-30', 'hours.problems.badDay'],
      ['Date', '16/04/2024', 'hours.problems.badDay'],
      ['Contract', 'HTML Page Builder', 'hours.problems.badContract'],
      ['Hours', '8,5', 'hours.problems.badHours'],
      ['Hours', '500.00000', 'hours.problems.badHours'],
      ['Amount', '$1O.00', 'money.import.problems.badAmount'],
      ['Payment type', 'Milestone bonus', 'hours.problems.badPaymentType'],
      // A name every JavaScript object has: not a payment type.
      ['Payment type', 'constructor', 'hours.problems.badPaymentType'],
      ['Payment type', 'toString', 'hours.problems.badPaymentType'],
    );
    fc.assert(
      fc.property(
        fc.array(written, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        breakers,
        columnOrder,
        (rows, at, [column, bad, key], order) => {
          const broken = at % rows.length;
          const lines = fileOf(rows, order).split('\r\n');
          const cells = order.map((c) => (c === column ? bad : cellsOf(rows[broken]!)[c]));
          lines[broken + 1] = cells.map(quote).join(',');
          const parse = parseWeeklySummary(lines.join('\r\n'));
          expect(parse.issues.map((i) => [i.line, i.key])).toEqual([[broken + 2, key]]);
          expect(parse.rows.map((r) => r.line)).toEqual(rows.map((_, i) => i + 2).filter((l) => l !== broken + 2));
        },
      ),
    );
  });

  it('never throws, whatever the text', () => {
    const header = '"Date","Contract","Hours","Amount","Payment type"\n';
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.boolean(), (text, withHeader) => {
        const parse = parseWeeklySummary(withHeader ? header + text : text);
        expect(parse.rows.length + parse.issues.length).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('says which columns a file lacks', () => {
    const parse = parseWeeklySummary(fixtureText('upwork/transactions-19col.csv'));
    expect(parse.issues.map((i) => [i.line, i.key, i.params.columns])).toEqual([
      [1, 'hours.problems.missingColumns', 'contract, hours'],
    ]);
  });
});
