import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectsLedger, Contract, MoneySummary, Transaction, TransactionPage } from '@shared/domain/money';
import type { DeletedContract, DeletedTransaction } from '@shared/domain/money';
import { contractRestoreInput, transactionRestoreInput } from '@shared/money/undo';
import { fixtureText } from '../support/fixtures';
import { importHoursFixtures } from '../support/hours-fixtures';
import { moneySnapshot } from '../support/money-snapshot';
import { testApp } from '../support/temp-db';
import { value, fieldsOf } from '../support/results';

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
  app.db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '\"UTC\"')").run();
});
afterEach(() => app.cleanup());

describe('transactions', () => {
  it('adds, edits, deletes and puts back a manual transaction', () => {
    const contract = value<Contract>(
      app.invoke('contracts:create', {
        clientName: 'Acme',
        title: 'Dashboard',
        contractType: 'hourly',
        rateCents: 5000,
        startedAt: '2026-10-01T00:00:00Z',
      }),
    );
    const t = value<Transaction>(
      app.invoke('transactions:create', {
        occurredAt: '2026-11-02T12:00:00Z',
        amountCents: 52500,
        kind: 'hourly',
        contractId: contract.id,
      }),
    );
    expect(t).toMatchObject({ source: 'manual', externalId: null, contractTitle: 'Dashboard' });
    const edited = value<Transaction>(
      app.invoke('transactions:update', {
        id: t.id,
        fields: { occurredAt: '2026-11-03T12:00:00Z', amountCents: 60000, kind: 'hourly', description: ' week 44 ' },
      }),
    );
    expect(edited).toMatchObject({ amountCents: 60000, description: 'week 44', contractId: null });

    // Put back under a new global id (docs/sync.md); every other value as it was.
    const before = moneySnapshot(app.db, { withoutGlobalIds: true });
    const deleted = value<DeletedTransaction>(app.invoke('transactions:delete', { id: t.id }));
    expect(value<TransactionPage>(app.invoke('transactions:list', {})).total).toBe(0);
    value(app.invoke('transactions:restore', transactionRestoreInput(deleted)));
    expect(moneySnapshot(app.db, { withoutGlobalIds: true })).toEqual(before);
  });

  it('refuses amounts whose sign does not fit the kind, zero, fractions of a cent and unknown contracts', () => {
    const at = '2026-11-02T12:00:00Z';
    expect(fieldsOf(app.invoke('transactions:create', { occurredAt: at, amountCents: -500, kind: 'hourly' }))).toEqual([
      'amountCents:validation.amountSign',
    ]);
    expect(
      fieldsOf(app.invoke('transactions:create', { occurredAt: at, amountCents: 500, kind: 'service_fee' })),
    ).toEqual(['amountCents:validation.amountSign']);
    expect(fieldsOf(app.invoke('transactions:create', { occurredAt: at, amountCents: 0, kind: 'refund' }))).toEqual([
      'amountCents:validation.nonZero',
    ]);
    expect(fieldsOf(app.invoke('transactions:create', { occurredAt: at, amountCents: 10.5, kind: 'bonus' }))).toEqual([
      'amountCents:validation.money',
    ]);
    expect(
      fieldsOf(app.invoke('transactions:create', { occurredAt: at, amountCents: 500, kind: 'bonus', contractId: 99 })),
    ).toEqual(['contractId:validation.unknownContract']);
    expect(
      fieldsOf(app.invoke('transactions:create', { occurredAt: 'yesterday', amountCents: 500, kind: 'salary' })),
    ).toEqual(['occurredAt:validation.instant', 'kind:validation.notAllowed']);
    expect(app.db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 0 });
  });

  it('deleting an imported Connects purchase takes its ledger entry along, and Undo brings both back', () => {
    value(app.invoke('import:upworkCommit', { text: fixtureText('upwork/transactions-19col.csv') }));
    const purchase = value<TransactionPage>(app.invoke('transactions:list', { kind: 'connects_purchase' })).rows[0]!;
    // Put back under a new global id (docs/sync.md); every other value as it was.
    const before = moneySnapshot(app.db, { withoutGlobalIds: true });
    const deleted = value<DeletedTransaction>(app.invoke('transactions:delete', { id: purchase.id }));
    expect(app.db.prepare('SELECT count(*) AS n FROM connects_ledger').get()).toEqual({ n: 0 });
    value(app.invoke('transactions:restore', transactionRestoreInput(deleted)));
    expect(moneySnapshot(app.db, { withoutGlobalIds: true })).toEqual(before);
  });

  it('Undo of a deleted imported payment puts back the work week it pays for, so its hours keep their pay', () => {
    importHoursFixtures(app);
    // An hourly payment whose invoice names the week worked (the week before it was paid).
    const { id } = app.db
      .prepare<[], { id: number }>(
        "SELECT id FROM transactions WHERE work_week IS NOT NULL AND work_week < date(occurred_at, 'weekday 0', '-6 days') LIMIT 1",
      )
      .get()!;
    const rates = value(app.invoke('money:hourlyRates', undefined));
    const before = moneySnapshot(app.db, { withoutGlobalIds: true });
    const deleted = value<DeletedTransaction>(app.invoke('transactions:delete', { id }));
    value(app.invoke('transactions:restore', transactionRestoreInput(deleted)));
    expect(moneySnapshot(app.db, { withoutGlobalIds: true })).toEqual(before);
    expect(value(app.invoke('money:hourlyRates', undefined))).toEqual(rates);
  });

  it('refuses the Undo of an imported purchase once a newer ledger entry has taken its entry id', () => {
    value(app.invoke('import:upworkCommit', { text: fixtureText('upwork/transactions-19col.csv') }));
    const purchase = value<TransactionPage>(app.invoke('transactions:list', { kind: 'connects_purchase' })).rows[0]!;
    const deleted = value<DeletedTransaction>(app.invoke('transactions:delete', { id: purchase.id }));
    // SQLite hands the freed highest id to the next entry.
    const grant = value<{ entryId: number }>(
      app.invoke('connects:add', { occurredAt: '2026-11-01T00:00:00Z', kind: 'grant', connects: 10 }),
    );
    expect(grant.entryId).toBe(deleted.connects!.id);
    const before = moneySnapshot(app.db);
    expect(fieldsOf(app.invoke('transactions:restore', transactionRestoreInput(deleted)))).toEqual([
      'connects.id:validation.restoreConflict',
    ]);
    expect(moneySnapshot(app.db)).toEqual(before);
  });
});

describe('contracts', () => {
  it('links one contract per hired proposal and refuses an end before the start', () => {
    const proposal = value<{ id: number }>(
      app.invoke('proposals:create', { jobTitle: 'Dashboard', sentAt: '2026-09-01T09:00:00Z' }),
    );
    const input = {
      proposalId: proposal.id,
      clientName: 'Acme',
      title: 'Dashboard',
      contractType: 'fixed',
      startedAt: '2026-09-10T00:00:00Z',
    };
    value(app.invoke('contracts:create', input));
    expect(fieldsOf(app.invoke('contracts:create', input))).toEqual(['proposalId:validation.proposalHasContract']);
    expect(
      fieldsOf(app.invoke('contracts:create', { ...input, proposalId: null, endedAt: '2026-09-01T00:00:00Z' })),
    ).toEqual(['endedAt:validation.endBeforeStart']);
    expect(fieldsOf(app.invoke('contracts:create', { ...input, proposalId: null, feedbackGiven: 6 }))).toEqual([
      'feedbackGiven:validation.stars',
    ]);
  });

  it('delete clears the links of its transactions and Undo restores them', () => {
    const c = value<Contract>(
      app.invoke('contracts:create', {
        clientName: 'Acme',
        title: 'Dashboard',
        contractType: 'hourly',
        startedAt: '2026-10-01T00:00:00Z',
      }),
    );
    value(
      app.invoke('transactions:create', {
        occurredAt: '2026-11-02T12:00:00Z',
        amountCents: 52500,
        kind: 'hourly',
        contractId: c.id,
      }),
    );
    expect(value<Contract[]>(app.invoke('contracts:list', undefined))[0]).toMatchObject({
      earnedCents: 52500,
      transactionCount: 1,
    });
    const before = moneySnapshot(app.db);
    const deleted = value<DeletedContract>(app.invoke('contracts:delete', { id: c.id }));
    expect(app.db.prepare('SELECT contract_id FROM transactions').get()).toEqual({ contract_id: null });
    value(app.invoke('contracts:restore', contractRestoreInput(deleted)));
    const after = moneySnapshot(app.db);
    expect({ ...after, contracts: [] }).toEqual({ ...before, contracts: [] });
    expect(value<Contract[]>(app.invoke('contracts:list', undefined))[0]).toMatchObject({
      id: c.id,
      earnedCents: 52500,
    });
  });
});

describe('the Connects ledger', () => {
  it('reads spends and boosts from proposals, adds purchases, grants and refunds, and keeps the balance', () => {
    // The plan's monthly free Connects are tested on their own below.
    value(app.invoke('settings:update', { monthlyFreeConnects: 0 }));
    value(app.invoke('connects:add', { occurredAt: '2026-11-01T00:00:00Z', kind: 'grant', connects: 10 }));
    value(
      app.invoke('connects:add', {
        occurredAt: '2026-11-01T01:00:00Z',
        kind: 'purchase',
        connects: 40,
        costCents: 600,
      }),
    );
    const p = value<{ id: number }>(
      app.invoke('proposals:create', {
        jobTitle: 'A',
        connectsSpent: 16,
        boostConnects: 4,
        sentAt: '2026-11-03T09:00:00Z',
      }),
    );
    let ledger = value<ConnectsLedger>(app.invoke('connects:ledger', {}));
    expect(ledger.balance).toBe(30);
    expect(ledger.entries.map((e) => [e.kind, e.connects])).toEqual([
      ['spend', -16],
      ['boost', -4],
      ['purchase', 40],
      ['grant', 10],
    ]);

    // Editing the proposal moves the ledger with it: nothing to keep in sync.
    value(
      app.invoke('proposals:update', {
        id: p.id,
        fields: { jobTitle: 'A', connectsSpent: 8, sentAt: '2026-11-03T09:00:00Z' },
      }),
    );
    ledger = value<ConnectsLedger>(app.invoke('connects:ledger', {}));
    expect(ledger.balance).toBe(42);

    const refund = value<{ entryId: number }>(
      app.invoke('connects:add', {
        occurredAt: '2026-11-04T00:00:00Z',
        kind: 'refund',
        connects: 8,
        note: 'Job removed',
      }),
    );
    expect(value<ConnectsLedger>(app.invoke('connects:ledger', {})).balance).toBe(50);
    const deleted = value<Record<string, unknown>>(app.invoke('connects:delete', { id: refund.entryId }));
    expect(value<ConnectsLedger>(app.invoke('connects:ledger', {})).balance).toBe(42);
    value(app.invoke('connects:restore', deleted));
    expect(value<ConnectsLedger>(app.invoke('connects:ledger', {})).balance).toBe(50);
    expect(
      fieldsOf(app.invoke('connects:add', { occurredAt: '2026-11-04T00:00:00Z', kind: 'grant', connects: 0 })),
    ).toEqual(['connects:validation.nonZero']);
  });
});

describe("the plan's free Connects and today's balance", () => {
  beforeEach(() => {
    value(app.invoke('settings:update', { timeZone: 'UTC' }));
    app.setNow('2026-11-20T10:00:00.000Z');
  });

  const ledger = () => value<ConnectsLedger>(app.invoke('connects:ledger', {}));
  const send = (sentAt: string, connectsSpent: number) =>
    value(app.invoke('proposals:create', { jobTitle: 'A job', connectsSpent, sentAt }));

  it('credits the monthly allowance from the first proposal’s month, and follows the setting', () => {
    send('2026-09-15T09:00:00Z', 16);
    send('2026-11-03T09:00:00Z', 8);
    // September, October and November: 3 x 10 free, less 24 spent.
    expect(ledger()).toMatchObject({ balance: 6, free: { connects: 30, perMonth: 10, since: '2026-09-01' } });
    value(app.invoke('settings:update', { monthlyFreeConnects: 100 }));
    expect(ledger()).toMatchObject({ balance: 276, free: { connects: 300, perMonth: 100 } });
    // December's allowance arrives on the first, in the user's zone.
    app.setNow('2026-12-01T00:30:00.000Z');
    expect(ledger().balance).toBe(376);
  });

  it('sets the balance to what the user has now with one adjustment, and spends count from there', () => {
    send('2026-01-05T09:00:00Z', 400); // far more than was ever recorded as bought
    expect(ledger().balance).toBe(-290);
    const entry = value<{ kind: string; connects: number; note: string | null; occurredAt: string }>(
      app.invoke('connects:setBalance', { connects: 45, note: 'Balance set to 45' }),
    );
    expect(entry).toMatchObject({
      kind: 'adjustment',
      connects: 335,
      note: 'Balance set to 45',
      occurredAt: '2026-11-20T10:00:00.000Z',
    });
    expect(ledger().balance).toBe(45);
    app.setNow('2026-11-20T12:00:00.000Z');
    send('2026-11-20T11:00:00Z', 16);
    expect(ledger().balance).toBe(29);
    // Already right: nothing is written.
    expect(value(app.invoke('connects:setBalance', { connects: 29 }))).toBeNull();
    expect(ledger().total).toBe(3);
    // The dashboard and the Earnings screen show the same balance.
    expect(
      value<MoneySummary>(app.invoke('money:summary', { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' }))
        .connectsBalance,
    ).toBe(29);
    expect(fieldsOf(app.invoke('connects:setBalance', { connects: -1 }))).toEqual(['connects:validation.tooSmall']);
  });
});

describe('money:summary', () => {
  it('gives gross, fees and net per week and month, cost per hire and earnings per Connect', () => {
    value(app.invoke('settings:update', { monthlyFreeConnects: 0 }));
    value(app.invoke('import:upworkCommit', { text: fixtureText('upwork/transactions-19col.csv') }));
    const hired = value<{ id: number }>(
      app.invoke('proposals:create', {
        jobTitle: 'Won',
        connectsSpent: 16,
        boostConnects: 4,
        sentAt: '2026-11-02T09:00:00Z',
      }),
    );
    value(app.invoke('proposals:setStatus', { id: hired.id, status: 'hired', occurredAt: '2026-11-05T09:00:00Z' }));
    value(app.invoke('proposals:create', { jobTitle: 'Lost', connectsSpent: 20, sentAt: '2026-11-03T09:00:00Z' }));

    const s = value<MoneySummary>(
      app.invoke('money:summary', { from: '2026-10-26T00:00:00Z', to: '2026-11-23T00:00:00Z' }),
    );
    // Hourly 600 + fixed 450 + bonus 205.98 gross; fees 60 + 45.
    expect(s).toMatchObject({ grossCents: 125598, feesCents: -10500, netCents: 115098 });
    expect(s.weeks.map((w) => [w.period, w.grossCents, w.feesCents])).toEqual([
      ['2026-10-26', 20598, 0],
      ['2026-11-02', 45000, -4500],
      ['2026-11-09', 60000, -6000],
      ['2026-11-16', 0, 0],
    ]);
    expect(s.months.map((m) => [m.period, m.netCents])).toEqual([
      ['2026-10', 20598],
      ['2026-11', 94500],
    ]);
    // The Earnings chart's Connects: both proposals (16 + 4 boost, and 20) were sent the week of 2 November.
    expect(s.weeks.map((w) => w.connectsSpent)).toEqual([0, 40, 0, 0]);
    expect(s.months.map((m) => [m.period, m.connectsSpent])).toEqual([
      ['2026-10', 0],
      ['2026-11', 40],
    ]);
    expect(s).toMatchObject({
      proposalsSent: 2,
      connectsSpent: 40,
      connectsCostCents: 600,
      hires: 1,
      costPerHireCents: 600,
      earningsPerConnectCents: Math.round(115098 / 40),
      connectsBalance: 80 - 40,
    });
  });

  it('says "no figure" rather than dividing by zero', () => {
    const s = value<MoneySummary>(
      app.invoke('money:summary', { from: '2026-11-01T00:00:00Z', to: '2026-11-08T00:00:00Z' }),
    );
    expect(s).toMatchObject({ grossCents: 0, hires: 0, costPerHireCents: null, earningsPerConnectCents: null });
    expect(fieldsOf(app.invoke('money:summary', { from: '2026-11-08T00:00:00Z', to: '2026-11-01T00:00:00Z' }))).toEqual(
      ['to:validation.endBeforeStart'],
    );
  });
});
