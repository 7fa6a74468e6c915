import type { TransactionKind } from '@shared/domain/money';
import { paidForWeek } from '@shared/money/work-week';
import type { Migration } from './types';

// Upwork's Weekly Summary import (docs/money.md): contracts carry Upwork's contract id; each
// Weekly Summary row is kept (hours per contract and day, and what Upwork says the day paid);
// earnings say which Upwork week they pay for and which contract the history names, so the two
// exports can be matched week by week and money is never counted twice.
export const weeklySummary: Migration = {
  version: 7,
  name: 'Upwork contract ids, hours per contract and day, the week an earning pays for',
  up(db) {
    db.exec(`
      ALTER TABLE contracts ADD COLUMN upwork_id TEXT CHECK (upwork_id GLOB '[0-9]*');
      CREATE UNIQUE INDEX contracts_upwork_id ON contracts (upwork_id) WHERE upwork_id IS NOT NULL;

      -- Monday ("YYYY-MM-DD") of the Upwork week an earning pays for: an hourly invoice's period,
      -- else the week it was paid in. Null for manual rows and costs: read as the week paid in.
      ALTER TABLE transactions ADD COLUMN work_week TEXT;
      -- The contract as the history names it (its title), to link rows to a contract made later.
      ALTER TABLE transactions ADD COLUMN contract_ref TEXT;
      CREATE INDEX transactions_contract_week ON transactions (contract_id, work_week);

      -- One row per Weekly Summary line. upwork_contract_id stays when the contract is deleted,
      -- so an Undo (or importing again) finds its hours again.
      CREATE TABLE work_entries (
        id                 INTEGER PRIMARY KEY,
        upwork_contract_id TEXT NOT NULL,
        contract_id        INTEGER REFERENCES contracts (id) ON DELETE SET NULL,
        day                TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        -- Hours as whole seconds (Upwork's five decimals are 0.036 s); null on payment-only rows.
        seconds            INTEGER CHECK (seconds >= 0),
        amount_cents       INTEGER NOT NULL,
        payment            TEXT NOT NULL CHECK (payment IN ('hourly', 'fixed_price', 'bonus')),
        -- "weekly:<contract id>:<day>:<payment>[:n]": importing the same rows again adds nothing.
        external_id        TEXT NOT NULL UNIQUE,
        created_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX work_entries_contract_day ON work_entries (contract_id, day);
      CREATE INDEX work_entries_upwork_contract ON work_entries (upwork_contract_id);
    `);
    // Histories imported before: each earning gets its week, and a fee the week of its payment.
    const earnings = db
      .prepare(
        `SELECT id, kind, description, occurred_at AS occurredAt FROM transactions
          WHERE source = 'upwork_csv' AND kind IN ('hourly', 'fixed_price', 'bonus', 'refund')`,
      )
      .all() as { id: number; kind: TransactionKind; description: string | null; occurredAt: string }[];
    const setWeek = db.prepare('UPDATE transactions SET work_week = ? WHERE id = ?');
    for (const t of earnings) setWeek.run(paidForWeek(t.kind, t.description, t.occurredAt), t.id);
    db.exec(`
      UPDATE transactions AS fee SET work_week = (
          SELECT max(paid.work_week) FROM transactions paid
           WHERE paid.group_id = fee.group_id AND paid.work_week IS NOT NULL)
       WHERE fee.kind = 'service_fee' AND fee.group_id IS NOT NULL;
    `);
  },
};
