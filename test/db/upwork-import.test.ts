import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportResult, UpworkImportPreview } from '@shared/domain/imports';
import { MAX_IMPORT_CHARS } from '@shared/contract/imports';
import { fixtureText } from '../support/fixtures';
import { moneySnapshot } from '../support/money-snapshot';
import { testApp } from '../support/temp-db';
import { value } from '../support/results';
import { upworkHistory } from '../support/upwork-history';

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.cleanup());

const preview = (text: string) => value<UpworkImportPreview>(app.invoke('import:upworkPreview', { text }));
const commit = (text: string) => app.invoke('import:upworkCommit', { text });

const sumsByKind = () =>
  Object.fromEntries(
    (
      app.db.prepare('SELECT kind, sum(amount_cents) AS total FROM transactions GROUP BY kind').all() as {
        kind: string;
        total: number;
      }[]
    ).map((r) => [r.kind, r.total]),
  );

describe('importing Upwork transaction history into a real SQLite file', () => {
  it('previews the 13-column file without writing, then imports it to known totals', () => {
    const text = fixtureText('upwork/transactions-13col.csv');
    const before = moneySnapshot(app.db);
    const p = preview(text);
    expect(moneySnapshot(app.db)).toEqual(before);
    expect(p).toMatchObject({
      layout: 'upwork13',
      rowCount: 11,
      newCount: 11,
      duplicateCount: 0,
      firstDate: '2026-09-08T12:00:00.000Z',
      lastDate: '2026-10-27T12:00:00.000Z',
      rejected: [],
      canCommit: true,
    });
    expect(p.totals.find((t) => t.kind === 'service_fee')).toEqual({
      kind: 'service_fee',
      count: 4,
      amountCents: -18000,
    });

    expect(value<ImportResult>(commit(text))).toEqual({ added: 11, duplicates: 0 });
    expect(sumsByKind()).toEqual({
      bonus: 10000,
      fixed_price: 80000,
      hourly: 90000,
      other: 1350,
      refund: -5000,
      service_fee: -18000,
      withdrawal: -120000,
    });
  });

  it('imports the 19-column file, a Connects purchase feeding the ledger', () => {
    value(commit(fixtureText('upwork/transactions-19col.csv')));
    expect(sumsByKind()).toMatchObject({
      hourly: 60000,
      fixed_price: 45000,
      bonus: 20598,
      service_fee: -10500,
      connects_purchase: -1200,
    });
    const ledger = app.db.prepare('SELECT kind, connects, cost_cents FROM connects_ledger').all();
    expect(ledger).toEqual([{ kind: 'purchase', connects: 80, cost_cents: 1200 }]);
    // Linked to the transaction that bought them, and named after it for sync (docs/sync.md).
    expect(
      app.db
        .prepare(
          `SELECT t.kind, l.gid = t.gid || ':connects' AS namedAfter, t.gid LIKE 'ext:%' AS natural
             FROM connects_ledger l JOIN transactions t ON t.id = l.transaction_id`,
        )
        .all(),
    ).toEqual([{ kind: 'connects_purchase', namedAfter: 1, natural: 1 }]);
    // The gross row and its fee row: two rows, one Upwork id.
    expect(app.db.prepare("SELECT kind FROM transactions WHERE group_id = '845512006' ORDER BY kind").all()).toEqual([
      { kind: 'hourly' },
      { kind: 'service_fee' },
    ]);
  });

  it("links rows to the one contract with the row's client, and leaves them unlinked when two could match", () => {
    const contract = (clientName: string, title: string) =>
      value<{ id: number }>(
        app.invoke('contracts:create', {
          clientName,
          title,
          contractType: 'hourly',
          startedAt: '2026-09-01T00:00:00Z',
        }),
      ).id;
    const acme = contract('acme logistics', 'Dashboard');
    contract('Brightside Media', 'Landing page');
    contract('Brightside Media', 'Blog redesign');
    value(commit(fixtureText('upwork/transactions-13col.csv')));
    const linked = (team: string) =>
      app.db.prepare('SELECT DISTINCT contract_id AS c FROM transactions WHERE description LIKE ?').all(`%${team}%`);
    expect(app.db.prepare('SELECT count(*) AS n FROM transactions WHERE contract_id = ?').get(acme)).toEqual({ n: 6 }); // Three payments and their fees.
    expect(linked('Milestone 2')).toEqual([{ c: null }]);
    expect(
      value<{ earnedCents: number }[]>(app.invoke('contracts:list', undefined)).find((c) => c.earnedCents > 0),
    ).toMatchObject({
      earnedCents: 90000 + 10000, // Two hourly invoices and the bonus; fees are not earnings.
    });
  });

  it('adds nothing when the same file comes again, and says so in the preview', () => {
    const text = fixtureText('upwork/transactions-19col.csv');
    value(commit(text));
    const before = moneySnapshot(app.db);
    const again = preview(text);
    expect(again).toMatchObject({ newCount: 0, duplicateCount: 9, canCommit: false });
    expect(again.sample.every((s) => s.duplicate)).toBe(true);
    expect(value<ImportResult>(commit(text))).toEqual({ added: 0, duplicates: 9 });
    expect(moneySnapshot(app.db)).toEqual(before);
  });

  it('adds only the new rows of an overlapping file', () => {
    value(commit(fixtureText('upwork/transactions-reordered.csv')));
    expect(value<ImportResult>(commit(fixtureText('upwork/transactions-13col.csv')))).toEqual({
      added: 8,
      duplicates: 3,
    });
    expect(app.db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 11 });
  });

  describe('every hostile file is refused with line numbers and leaves the database as it was', () => {
    const files = readdirSync('test/fixtures/upwork/hostile');
    it.each(files)('%s', (file) => {
      value(commit(fixtureText('upwork/transactions-19col.csv'))); // Existing data must survive untouched.
      const text = fixtureText(`upwork/hostile/${file}`);
      const before = moneySnapshot(app.db);
      const p = preview(text);
      expect(p.canCommit).toBe(false);
      expect(p.rejected.length).toBeGreaterThan(0);
      for (const r of p.rejected) expect(r.line).toBeGreaterThanOrEqual(1);
      const result = commit(text);
      expect(result).toMatchObject({
        ok: false,
        error: { fields: [{ path: 'text', key: 'validation.importRejected' }] },
      });
      expect(moneySnapshot(app.db)).toEqual(before);
    });
  });

  it('refuses text over 64 MB before reading it (the one cap: memory)', () => {
    const result = app.invoke('import:upworkPreview', { text: 'x'.repeat(MAX_IMPORT_CHARS + 1) });
    expect(result).toMatchObject({ ok: false, error: { fields: [{ path: 'text', key: 'validation.fileTooBig' }] } });
  });

  it('reads 60,000 rows, past the 50,000-row refusal there used to be', () => {
    const big = value<UpworkImportPreview>(app.invoke('import:upworkPreview', { text: upworkHistory(30_000) }));
    expect(big).toMatchObject({ rowCount: 60_000, newCount: 60_000, rejectedCount: 0, canCommit: true });
  });
});
