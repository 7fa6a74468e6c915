import type { Migration } from './types';

// Contracts, transactions and the Connects ledger. Money in integer cents, instants ISO-8601 UTC.
export const money: Migration = {
  version: 2,
  name: 'contracts, transactions, Connects ledger',
  up(db) {
    db.exec(`
      CREATE TABLE contracts (
        id                INTEGER PRIMARY KEY,
        -- The hire it came from; null for invites taken directly and direct offers.
        proposal_id       INTEGER UNIQUE REFERENCES proposals (id) ON DELETE SET NULL,
        client_name       TEXT NOT NULL,
        title             TEXT NOT NULL,
        contract_type     TEXT NOT NULL CHECK (contract_type IN ('hourly', 'fixed')),
        rate_cents        INTEGER CHECK (rate_cents >= 0),
        started_at        TEXT NOT NULL,
        ended_at          TEXT,
        status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
        feedback_given    REAL CHECK (feedback_given BETWEEN 1 AND 5),
        feedback_received REAL CHECK (feedback_received BETWEEN 1 AND 5),
        notes             TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;

      CREATE TABLE transactions (
        id           INTEGER PRIMARY KEY,
        occurred_at  TEXT NOT NULL,
        -- Signed: earnings positive; fees, withdrawals, Connects purchases negative.
        amount_cents INTEGER NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('hourly', 'fixed_price', 'bonus', 'refund', 'service_fee',
                                                   'withdrawal', 'connects_purchase', 'subscription', 'tax', 'other')),
        description  TEXT,
        contract_id  INTEGER REFERENCES contracts (id) ON DELETE SET NULL,
        -- "upwork:<Transaction ID>:<kind>": re-importing the same file adds nothing. A gross row and its
        -- fee row share Upwork's id, so the kind keeps their keys apart while group_id links them.
        external_id  TEXT UNIQUE,
        group_id     TEXT,
        source       TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'upwork_csv')),
        created_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX transactions_occurred_at ON transactions (occurred_at);
      CREATE INDEX transactions_contract ON transactions (contract_id);
      CREATE INDEX transactions_group ON transactions (group_id);

      -- Purchases, monthly free grants, refunds and corrections. Spends and boosts are NOT copied here:
      -- they are read from proposals (see connects_entries), so editing a proposal can never leave
      -- the ledger out of step.
      CREATE TABLE connects_ledger (
        id             INTEGER PRIMARY KEY,
        occurred_at    TEXT NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('purchase', 'grant', 'refund', 'adjustment')),
        connects       INTEGER NOT NULL,
        cost_cents     INTEGER CHECK (cost_cents >= 0),
        note           TEXT,
        -- A purchase imported from the CSV goes with its transaction row.
        transaction_id INTEGER UNIQUE REFERENCES transactions (id) ON DELETE CASCADE,
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX connects_ledger_occurred_at ON connects_ledger (occurred_at);

      CREATE VIEW connects_entries AS
        SELECT 'entry:' || id AS key, id AS entry_id, NULL AS proposal_id, occurred_at, kind,
               connects, cost_cents, note
        FROM connects_ledger
        UNION ALL
        SELECT 'proposal:' || id || ':spend', NULL, id, sent_at, 'spend', -connects_spent, NULL, job_title
        FROM proposals WHERE connects_spent > 0
        UNION ALL
        SELECT 'proposal:' || id || ':boost', NULL, id, sent_at, 'boost', -boost_connects, NULL, job_title
        FROM proposals WHERE boost_connects > 0;
    `);
  },
};
