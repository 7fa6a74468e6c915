import { describe, expect, it } from 'vitest';
import { parseUpworkCsv } from '@main/imports/upwork-csv';
import { parseAmountCents, parseSheetDate, parseUpworkDate } from '@main/imports/values';
import { fixtureText } from '../support/fixtures';

const totalsByKind = (rows: { kind: string; amountCents: number }[]) =>
  rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.kind]: (acc[r.kind] ?? 0) + r.amountCents }), {});

describe('Upwork transaction CSV, the 13-column layout', () => {
  const parsed = parseUpworkCsv(fixtureText('upwork/transactions-13col.csv'));

  it('reads every row to known totals by kind', () => {
    expect(parsed.layout).toBe('upwork13');
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toHaveLength(11);
    expect(totalsByKind(parsed.rows)).toEqual({
      withdrawal: -120000,
      service_fee: -18000,
      hourly: 90000,
      fixed_price: 80000,
      bonus: 10000,
      refund: -5000,
      other: 1350,
    });
  });

  it('reads both date styles as that calendar day at noon UTC', () => {
    expect(parsed.rows[0]!.occurredAt).toBe('2026-10-27T12:00:00.000Z');
    expect(parsed.rows.at(-1)!.occurredAt).toBe('2026-09-08T12:00:00.000Z'); // "September 8, 2026"
  });

  it('keys rows by Ref ID and kind, and keeps an unknown type in the description', () => {
    expect(parsed.rows[2]).toMatchObject({ externalId: 'upwork:612345019:hourly', groupId: '612345019', line: 4 });
    // The fee row has its own Ref ID but belongs with the payment its description names.
    expect(parsed.rows[1]).toMatchObject({
      kind: 'service_fee',
      externalId: 'upwork:612345020:service_fee',
      groupId: '612345019',
    });
    expect(parsed.rows.at(-1)!.description).toBe('Miscellaneous — Payment adjustment');
  });

  it('reads a type named like a property every object has as an unknown type', () => {
    const text = [
      'Date,Ref ID,Type,Description,Agency,Freelancer,Team,Account Name,PO,Amount,Amount in local currency,Currency,Balance',
      '"Apr 16, 2024",700000001,constructor,Odd row,,,,,,$10.00,,USD,$10.00',
      '"Apr 16, 2024",700000002,__proto__,Odder row,,,,,,$5.00,,USD,$15.00',
    ].join('\n');
    const { rows, issues } = parseUpworkCsv(text);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.kind, r.externalId])).toEqual([
      ['other', 'upwork:700000001:other'],
      ['other', 'upwork:700000002:other'],
    ]);
  });

  it('matches headers by name, whatever their order', () => {
    const reordered = parseUpworkCsv(fixtureText('upwork/transactions-reordered.csv'));
    expect(reordered.issues).toEqual([]);
    expect(reordered.rows.map((r) => [r.kind, r.amountCents, r.externalId])).toEqual(
      parsed.rows.slice(0, 3).map((r) => [r.kind, r.amountCents, r.externalId]),
    );
  });
});

describe('Upwork transaction CSV, the 19-column layout (BOM, CRLF, quoted newlines)', () => {
  const parsed = parseUpworkCsv(fixtureText('upwork/transactions-19col.csv'));

  it('reads every row to known totals by kind', () => {
    expect(parsed.layout).toBe('upwork19');
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toHaveLength(9);
    expect(totalsByKind(parsed.rows)).toEqual({
      withdrawal: -90000,
      hourly: 60000,
      service_fee: -10500,
      connects_purchase: -1200,
      fixed_price: 45000,
      subscription: -1999,
      tax: -99,
      bonus: 20598,
    });
  });

  it('keeps a gross row and its fee row apart by kind and together by Transaction ID', () => {
    const pair = parsed.rows.filter((r) => r.groupId === '845512006');
    expect(pair.map((r) => r.externalId)).toEqual(['upwork:845512006:hourly', 'upwork:845512006:service_fee']);
  });

  it('counts lines as an editor does when a cell spans two lines', () => {
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 11]);
    expect(parsed.rows[4]!.description).toBe(
      'Milestone 1: API design — API design for inventory sync — Northwind "Data" Co',
    );
  });

  it('reads how many Connects a purchase bought', () => {
    expect(parsed.rows.find((r) => r.kind === 'connects_purchase')!.connects).toBe(80);
  });

  it('yields the same keys when the same file is read again', () => {
    expect(parseUpworkCsv(fixtureText('upwork/transactions-19col.csv')).rows.map((r) => r.externalId)).toEqual(
      parsed.rows.map((r) => r.externalId),
    );
  });
});

describe('hostile files: each refused with line-numbered reasons', () => {
  const cases: [file: string, expected: [line: number, key: string][]][] = [
    ['empty.csv', [[1, 'empty']]],
    ['bom-only.csv', [[1, 'empty']]],
    [
      'ragged.csv',
      [
        [3, 'ragged'],
        [5, 'ragged'],
      ],
    ],
    ['unclosed-quote.csv', [[3, 'unclosedQuote']]],
    ['latin1.csv', [[3, 'encoding']]],
    ['utf16.csv', [[1, 'utf16']]],
    [
      'bad-dates.csv',
      [
        [3, 'badDate'],
        [4, 'badDate'],
        [5, 'badDate'],
      ],
    ],
    [
      'bad-amounts.csv',
      [
        [3, 'badAmount'],
        [4, 'badAmount'],
        [5, 'badAmount'],
        [6, 'badAmount'],
      ],
    ],
    ['huge-cell.csv', [[4, 'hugeCell']]],
    ['not-upwork.csv', [[1, 'missingColumns']]],
    ['one-bad-row.csv', [[3, 'badDate']]],
  ];
  it.each(cases)('%s', (file, expected) => {
    const parsed = parseUpworkCsv(fixtureText(`upwork/hostile/${file}`));
    expect(parsed.issues.map((i) => [i.line, i.key.replace('money.import.problems.', '')])).toEqual(expected);
    for (const i of parsed.issues) expect(i.message.length).toBeGreaterThan(5);
  });

  it('names the value it could not read', () => {
    const parsed = parseUpworkCsv(fixtureText('upwork/hostile/bad-dates.csv'));
    expect(parsed.issues[0]).toMatchObject({ params: { value: 'Sep 31, 2026' } });
  });
});

describe('cell readers', () => {
  it.each([
    ['$1,234.56', 123456],
    ['-$12.34', -1234],
    ['$-12.34', -1234],
    ['(12.34)', -1234],
    ['1234.5', 123450],
    [' 0.99 ', 99],
    ['-0.99', -99],
    ['12', 1200],
  ])('reads amount %j', (text, cents) => expect(parseAmountCents(text)).toBe(cents));

  it.each([
    '',
    '$',
    '12,34.5',
    '1.234',
    '1e5',
    'NaN',
    'Infinity',
    '--5',
    '-(12)',
    '(12',
    '-$-5',
    '12.',
    '٣٤',
    '99999999999999999',
    '$1 234',
  ])('refuses amount %j', (text) => expect(parseAmountCents(text)).toBeNull());

  it.each([
    ['Sep 8, 2026', '2026-09-08'],
    ['September 8, 2026', '2026-09-08'],
    ['Sept 8, 2026', '2026-09-08'],
    ['Feb 29, 2028', '2028-02-29'],
    ['2026-09-08', '2026-09-08'],
  ])('reads Upwork date %j', (text, day) => expect(parseUpworkDate(text)).toBe(`${day}T12:00:00.000Z`));

  it.each(['Sep 31, 2026', 'Feb 29, 2027', '13/01/2026', 'yesterday', '', 'Sep 8, 1899', 'Sep 8, 2026 extra'])(
    'refuses Upwork date %j',
    (text) => expect(parseUpworkDate(text)).toBeNull(),
  );

  it('reads spreadsheet dates in the order the user picked', () => {
    expect(parseSheetDate('03/04/2026', 'mdy')).toBe('2026-03-04T12:00:00.000Z');
    expect(parseSheetDate('03/04/2026', 'dmy')).toBe('2026-04-03T12:00:00.000Z');
    expect(parseSheetDate('13/04/2026', 'mdy')).toBeNull();
    expect(parseSheetDate('2026-09-08 14:30', 'mdy')).toBe('2026-09-08T14:30:00.000Z');
    expect(parseSheetDate('2026-09-08T14:30:00+02:00', 'dmy')).toBe('2026-09-08T12:30:00.000Z');
  });
});
