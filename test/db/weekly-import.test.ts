import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportResult, UpworkImportPreview, WeeklySummaryPreview } from '@shared/domain/imports';
import type { Contract, DeletedContract, MoneySummary } from '@shared/domain/money';
import { contractRestoreInput } from '@shared/money/undo';
import { snapshot } from '../support/db-snapshot';
import { fixtureText } from '../support/fixtures';
import { fieldsOf, value } from '../support/results';
import { testApp } from '../support/temp-db';

// The Weekly Summary import on a real SQLite file, and its meeting with the transaction history:
// the fixtures are hand-written from Upwork's layout, and their totals worked out by hand.
// weekly-2024.csv: 9 rows, 3 contracts, 33.5 hours, $2,291.67, 2024-04-15 to 2024-05-02.
// history-2024-04.csv pays four of its contract-weeks ($1,686.67 gross, $168.67 fees): HTML Page
// Builder weeks of Apr 15 and Apr 22 (the latter $290, not the Weekly Summary's $300), React
// dashboard week of Apr 15, the Logo refresh payment. Left to the Weekly Summary: React dashboard
// week of Apr 22 ($130 + $50 bonus), both contracts' week of Apr 29 ($175 + $240) = $595.

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.cleanup());

const weekly2024 = fixtureText('upwork/weekly/weekly-2024.csv');
const history = fixtureText('upwork/weekly/history-2024-04.csv');

const previewWeekly = (text: string) => value<WeeklySummaryPreview>(app.invoke('import:weeklyPreview', { text }));
const commitWeekly = (text: string) => value<ImportResult>(app.invoke('import:weeklyCommit', { text }));
const previewHistory = (text: string) => value<UpworkImportPreview>(app.invoke('import:upworkPreview', { text }));
const commitHistory = (text: string) => value<ImportResult>(app.invoke('import:upworkCommit', { text }));

const summary2024 = () =>
  value<MoneySummary>(
    app.invoke('money:summary', { from: '2024-01-01T00:00:00.000Z', to: '2025-01-01T00:00:00.000Z' }),
  );

function hoursByContract() {
  return app.db
    .prepare(
      `SELECT c.title, c.upwork_id AS upworkId, sum(w.seconds) AS seconds, count(*) AS rows
         FROM work_entries w JOIN contracts c ON c.id = w.contract_id GROUP BY c.id ORDER BY c.title`,
    )
    .all();
}

/** Gross and fees per contract title, and where each earning came from. */
function moneyByContract() {
  return app.db
    .prepare(
      `SELECT coalesce(c.title, '(none)') AS title, t.kind,
              sum(t.amount_cents) AS cents, sum(t.external_id LIKE 'weekly:%') AS fromWeekly
         FROM transactions t LEFT JOIN contracts c ON c.id = t.contract_id
        WHERE t.kind IN ('hourly', 'fixed_price', 'bonus', 'service_fee')
        GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
}

describe('importing a Weekly Summary', () => {
  it('previews without writing, to the totals worked out by hand', () => {
    const before = snapshot(app.db);
    const p = previewWeekly(weekly2024);
    expect(snapshot(app.db)).toEqual(before);
    expect(p).toMatchObject({
      rowCount: 9,
      newCount: 9,
      duplicateCount: 0,
      seconds: 33.5 * 3600,
      firstDate: '2024-04-15T12:00:00.000Z',
      lastDate: '2024-05-02T12:00:00.000Z',
      contractCount: 3,
      matched: { rows: 0, amountCents: 0 },
      added: { rows: 9, amountCents: 229_167 },
      rejected: [],
      canCommit: true,
    });
    expect(p.contracts).toEqual([
      {
        upworkId: '36473604',
        title: 'HTML Page Builder',
        match: 'new',
        rows: 4,
        seconds: 78_600,
        amountCents: 109_167,
      },
      {
        upworkId: '41122334',
        title: 'React dashboard for logistics',
        match: 'new',
        rows: 4,
        seconds: 42_000,
        amountCents: 75_000,
      },
      { upworkId: '39990001', title: 'Logo refresh', match: 'new', rows: 1, seconds: 0, amountCents: 45_000 },
    ]);
  });

  it('keeps hours per contract and day, makes the contracts by Upwork id, and counts the money', () => {
    expect(commitWeekly(weekly2024)).toEqual({ added: 9, duplicates: 0 });
    expect(hoursByContract()).toEqual([
      { title: 'HTML Page Builder', upworkId: '36473604', seconds: 78_600, rows: 4 },
      { title: 'Logo refresh', upworkId: '39990001', seconds: null, rows: 1 },
      { title: 'React dashboard for logistics', upworkId: '41122334', seconds: 42_000, rows: 4 },
    ]);
    const contracts = value<Contract[]>(app.invoke('contracts:list', undefined));
    expect(
      contracts.map((c) => [c.title, c.contractType, c.rateCents, c.startedAt.slice(0, 10), c.earnedCents]).sort(),
    ).toEqual([
      ['HTML Page Builder', 'hourly', 5000, '2024-04-15', 109_167],
      ['Logo refresh', 'fixed', null, '2024-04-19', 45_000],
      ['React dashboard for logistics', 'hourly', 6000, '2024-04-17', 75_000],
    ]);
    expect(summary2024()).toMatchObject({ grossCents: 229_167, feesCents: 0 });
  });

  it('adds nothing the second time, and takes several files for several years', () => {
    commitWeekly(weekly2024);
    const again = previewWeekly(weekly2024);
    expect(again).toMatchObject({ newCount: 0, duplicateCount: 9, canCommit: false });
    expect(commitWeekly(weekly2024)).toEqual({ added: 0, duplicates: 9 });

    const next = previewWeekly(fixtureText('upwork/weekly/weekly-2025.csv'));
    expect(next.contracts.map((c) => [c.title, c.match])).toEqual([
      ['HTML Page Builder', 'id'],
      ['Site audit', 'new'],
    ]);
    commitWeekly(fixtureText('upwork/weekly/weekly-2025.csv'));
    expect(app.db.prepare('SELECT count(*) AS contracts FROM contracts').get()).toEqual({ contracts: 4 });
    expect(app.db.prepare('SELECT count(*) AS rows, sum(seconds) AS seconds FROM work_entries').get()).toEqual({
      rows: 12,
      seconds: 120_600 + 36_000 + 5_400,
    });
  });

  it('adds only the new rows of a file that overlaps one already imported', () => {
    commitWeekly(weekly2024);
    const lines = weekly2024.trimEnd().split('\r\n');
    const overlapping = [
      ...lines.slice(0, 1),
      ...lines.slice(-2),
      '"2024-05-03","HTML Page Builder (36473604)","1.00000","50.00",""',
    ];
    expect(previewWeekly(overlapping.join('\r\n'))).toMatchObject({ newCount: 1, duplicateCount: 2, seconds: 3600 });
  });

  it('refuses a file with bad rows as a whole, naming each line, and writes nothing', () => {
    const text = fixtureText('upwork/weekly/weekly-bad.csv');
    const p = previewWeekly(text);
    expect(p.canCommit).toBe(false);
    expect(p.rejected.map((i) => [i.line, i.key])).toEqual([
      [2, 'hours.problems.badDay'],
      [3, 'hours.problems.badContract'],
      [4, 'hours.problems.badHours'],
      [5, 'hours.problems.badPaymentType'],
      [6, 'money.import.problems.badAmount'],
      [7, 'hours.problems.badHours'],
    ]);
    const before = snapshot(app.db);
    expect(fieldsOf(app.invoke('import:weeklyCommit', { text }))).toEqual(['text:validation.importRejected']);
    expect(snapshot(app.db)).toEqual(before);
  });

  it('says what a transaction history is not', () => {
    const p = previewWeekly(fixtureText('upwork/transactions-13col.csv'));
    expect(p.rejected.map((i) => i.key)).toEqual(['hours.problems.missingColumns']);
  });

  it('finds a contract entered by hand by its title, and gives it the Upwork id', () => {
    const logo = value<Contract>(
      app.invoke('contracts:create', {
        clientName: 'Brightside',
        title: 'logo refresh',
        contractType: 'fixed',
        startedAt: '2024-04-01T09:00:00.000Z',
      }),
    );
    expect(previewWeekly(weekly2024).contracts.find((c) => c.upworkId === '39990001')?.match).toBe('title');
    commitWeekly(weekly2024);
    expect(
      app.db.prepare('SELECT upwork_id AS id, client_name AS client FROM contracts WHERE id = ?').get(logo.id),
    ).toEqual({
      id: '39990001',
      client: 'Brightside',
    });
  });

  it('finds its hours again when a deleted contract is imported anew', () => {
    commitWeekly(weekly2024);
    const html = value<Contract[]>(app.invoke('contracts:list', undefined)).find((c) => c.upworkId === '36473604')!;
    value(app.invoke('contracts:delete', { id: html.id }));
    expect(commitWeekly(weekly2024)).toEqual({ added: 0, duplicates: 9 });
    expect(hoursByContract()).toContainEqual({
      title: 'HTML Page Builder',
      upworkId: '36473604',
      seconds: 78_600,
      rows: 4,
    });
  });
  it('puts a contract it made back with its Upwork id and hours on Undo', () => {
    commitWeekly(weekly2024);
    const html = value<Contract[]>(app.invoke('contracts:list', undefined)).find((c) => c.upworkId === '36473604')!;
    expect(html.clientName).toBe('');
    const deleted = value<DeletedContract>(app.invoke('contracts:delete', { id: html.id }));
    const restored = value<Contract>(app.invoke('contracts:restore', contractRestoreInput(deleted)));
    expect(restored).toMatchObject({ id: html.id, upworkId: '36473604', earnedCents: html.earnedCents });
    expect(hoursByContract()).toContainEqual({
      title: 'HTML Page Builder',
      upworkId: '36473604',
      seconds: 78_600,
      rows: 4,
    });
  });
});

describe('the Weekly Summary beside the transaction history (docs/money.md)', () => {
  const expectedMoney = [
    { title: 'HTML Page Builder', kind: 'hourly', cents: 61_667 + 29_000 + 17_500, fromWeekly: 1 },
    { title: 'HTML Page Builder', kind: 'service_fee', cents: -6_167 - 2_900, fromWeekly: 0 },
    { title: 'Logo refresh', kind: 'fixed_price', cents: 45_000, fromWeekly: 0 },
    { title: 'Logo refresh', kind: 'service_fee', cents: -4_500, fromWeekly: 0 },
    { title: 'React dashboard for logistics', kind: 'bonus', cents: 5_000, fromWeekly: 1 },
    { title: 'React dashboard for logistics', kind: 'hourly', cents: 33_000 + 13_000 + 24_000, fromWeekly: 2 },
    { title: 'React dashboard for logistics', kind: 'service_fee', cents: -3_300, fromWeekly: 0 },
  ];

  it('history first: the summary adds hours everywhere and money only where the history pays nothing', () => {
    commitHistory(history);
    const p = previewWeekly(weekly2024);
    expect(p.matched).toEqual({ rows: 5, amountCents: 41_667 + 20_000 + 33_000 + 45_000 + 30_000 });
    expect(p.added).toEqual({ rows: 4, amountCents: 59_500 });
    commitWeekly(weekly2024);
    expect(moneyByContract()).toEqual(expectedMoney);
    expect(summary2024()).toMatchObject({ grossCents: 168_667 + 59_500, feesCents: -16_867 });
    expect(hoursByContract()).toHaveLength(3);
  });

  it('summary first: the history replaces the summary amounts of the weeks it pays', () => {
    commitWeekly(weekly2024);
    const p = previewHistory(history);
    expect(p.replacesWeekly).toEqual({ rows: 5, amountCents: 41_667 + 20_000 + 33_000 + 45_000 + 30_000 });
    commitHistory(history);
    expect(moneyByContract()).toEqual(expectedMoney);
    expect(summary2024()).toMatchObject({ grossCents: 168_667 + 59_500, feesCents: -16_867 });
  });

  it('an earning no contract claims covers its whole week', () => {
    value(
      app.invoke('transactions:create', {
        occurredAt: '2024-04-30T09:00:00.000Z',
        amountCents: 10_000,
        kind: 'hourly',
        description: 'Paid by hand',
      }),
    );
    // Both contracts' rows of the week of Apr 29 are covered; the rest still counts.
    expect(previewWeekly(weekly2024)).toMatchObject({
      matched: { rows: 2, amountCents: 41_500 },
      added: { rows: 7, amountCents: 229_167 - 41_500 },
    });
  });
});
