import { afterEach, describe, expect, it } from 'vitest';
import { userVersion } from '@main/db/migrate';
import { migrations } from '@main/db/migrations';
import { openDatabase } from '@main/db/open';
import { FIRST_PROFILE_GID } from '@main/db/sync/synced-tables';
import { tempDbFile } from '../support/temp-db';
import { testClock } from '../support/clock';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const AT = '2026-10-05T08:30:00.000Z';

/** The Unix milliseconds a UUID v7 carries in its first 48 bits. */
function msOf(uuid: string): number {
  return parseInt(uuid.replaceAll('-', '').slice(0, 12), 16);
}

function fillVersion7(file: string): void {
  const db = openDatabase(file, { migrations: migrations.slice(0, 7), now: testClock });
  db.exec(`
    INSERT INTO profiles (name, kind, created_at) VALUES ('Agency', 'agency', '${AT}');
    INSERT INTO proposals (profile_id, sent_at, job_title, status_at, created_at, updated_at)
      VALUES (1, '${AT}', 'Old proposal', '${AT}', '${AT}', '${AT}'), (2, '${AT}', 'Second', '${AT}', '${AT}', '${AT}');
    INSERT INTO proposal_skills (proposal_id, position, skill) VALUES (1, 0, 'TypeScript');
    INSERT INTO proposal_events (proposal_id, status, occurred_at, recorded_at)
      VALUES (1, 'sent', '${AT}', '${AT}'), (1, 'viewed', '${AT}', '${AT}'), (2, 'sent', '${AT}', '${AT}');
    INSERT INTO contracts (proposal_id, client_name, title, contract_type, started_at, created_at, updated_at)
      VALUES (1, 'Acme', 'Site', 'fixed', '${AT}', '${AT}', '${AT}');
    INSERT INTO transactions (occurred_at, amount_cents, kind, external_id, source, created_at)
      VALUES ('${AT}', -1200, 'connects_purchase', 'upwork:77:connects_purchase', 'upwork_csv', '${AT}'),
             ('${AT}', 5000, 'fixed_price', NULL, 'manual', '${AT}');
    INSERT INTO connects_ledger (occurred_at, kind, connects, cost_cents, transaction_id, created_at)
      VALUES ('${AT}', 'purchase', 80, 1200, 1, '${AT}'), ('${AT}', 'grant', 10, NULL, NULL, '${AT}');
    INSERT INTO work_entries (upwork_contract_id, contract_id, day, seconds, amount_cents, payment, external_id, created_at)
      VALUES ('36473604', 1, '2026-10-05', 3600, 5000, 'hourly', 'weekly:36473604:2026-10-05:hourly', '${AT}');
    INSERT INTO jss_entries (recorded_on, score, created_at) VALUES ('2026-10-01', 92, '${AT}');
    INSERT INTO profile_checklist (item, done_at) VALUES ('photo', '${AT}');
    INSERT INTO settings (key, value) VALUES ('weekStart', '"monday"'), ('timeZone', '"Europe/Berlin"');
  `);
  db.close();
}

const GID_TABLES = [
  'profiles',
  'proposals',
  'proposal_events',
  'contracts',
  'transactions',
  'connects_ledger',
  'jss_entries',
];

describe('migration 8: global ids, sync outbox and capture triggers', () => {
  it('gives every existing row a global id and leaves every other column as it was', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    fillVersion7(temp.file);
    const v7 = openDatabase(temp.file, { migrations: migrations.slice(0, 7), now: testClock });
    const before = Object.fromEntries(GID_TABLES.map((t) => [t, v7.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
    v7.close();

    const db = openDatabase(temp.file, { migrations: migrations.slice(0, 8), now: testClock });
    cleanups.unshift(() => db.close());
    expect(userVersion(db)).toBe(8);
    for (const table of GID_TABLES) {
      const rows = db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as { gid: string }[];
      expect(
        rows.map(({ gid: _gid, ...rest }) => rest),
        table,
      ).toEqual(before[table]);
      expect(new Set(rows.map((r) => r.gid)).size, `${table}: one id per row`).toBe(rows.length);
    }

    // The first profile is the same profile on every computer; an imported Upwork transaction (and
    // the Connects purchase made from it) is named after Upwork's own id; everything else is a
    // UUID v7 whose time is the row's creation.
    const gids = (table: string) =>
      (db.prepare(`SELECT gid FROM ${table} ORDER BY id`).all() as { gid: string }[]).map((r) => r.gid);
    expect(gids('profiles')[0]).toBe(FIRST_PROFILE_GID);
    expect(gids('transactions')[0]).toBe('ext:upwork:77:connects_purchase');
    expect(gids('connects_ledger')[0]).toBe('ext:upwork:77:connects_purchase:connects');
    expect(gids('work_entries')[0]).toBe('ext:weekly:36473604:2026-10-05:hourly');
    const random = [
      gids('profiles')[1]!,
      ...gids('proposals'),
      ...gids('proposal_events'),
      ...gids('contracts'),
      gids('transactions')[1]!,
      gids('connects_ledger')[1]!,
      ...gids('jss_entries'),
    ];
    for (const gid of random) {
      expect(gid).toMatch(UUID7);
      expect(msOf(gid)).toBe(Date.parse(AT));
    }
  });

  it('gives the installation a device id, and captures nothing until the database joins a team', () => {
    const temp = tempDbFile();
    cleanups.push(temp.cleanup);
    fillVersion7(temp.file);
    const db = openDatabase(temp.file, { migrations: migrations.slice(0, 8), now: testClock });
    cleanups.unshift(() => db.close());
    const state = db.prepare('SELECT device_id, capturing, server_id, cursor FROM sync_state').all() as {
      device_id: string;
    }[];
    expect(state).toEqual([{ device_id: expect.stringMatching(UUID7), capturing: 0, server_id: null, cursor: 0 }]);
    expect(msOf(state[0]!.device_id)).toBe(testClock().getTime());

    db.prepare(
      `INSERT INTO proposals (profile_id, sent_at, job_title, status_at, created_at, updated_at) VALUES (1, ?, 'New', ?, ?, ?)`,
    ).run(AT, AT, AT, AT);
    expect(db.prepare(`SELECT gid FROM proposals WHERE job_title = 'New'`).get()).toEqual({
      gid: expect.stringMatching(UUID7),
    });
    expect(db.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
  });
});
