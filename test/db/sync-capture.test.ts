import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { stampOutbox, waitingCount, HLC_COUNTER } from '@main/db/sync/outbox';
import { beginCapture, endCapture, readSyncState } from '@main/db/sync/state';
import { NEVER_SYNCED, SYNCED_TABLES } from '@main/db/sync/synced-tables';
import { openTempDb, testApp } from '../support/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const AT = '2026-11-02T09:00:00.000Z';
const NOW_MS = Date.parse('2026-11-20T10:00:00.000Z');

function joinedDb(): Database {
  const temp = openTempDb();
  cleanups.push(temp.cleanup);
  beginCapture(temp.db, 'server-1');
  stampOutbox(temp.db, NOW_MS - 3_600_000);
  temp.db.exec('DELETE FROM sync_outbox');
  return temp.db;
}

function addProposal(db: Database, title = 'Landing page'): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO proposals (profile_id, sent_at, job_title, status_at, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)`,
      )
      .run(AT, title, AT, AT, AT).lastInsertRowid,
  );
  db.prepare(
    `INSERT INTO proposal_events (proposal_id, status, occurred_at, recorded_at) VALUES (?, 'sent', ?, ?)`,
  ).run(id, AT, AT);
  return id;
}

function outbox(db: Database): { tbl: string; gid: string }[] {
  return db.prepare('SELECT tbl, gid FROM sync_outbox ORDER BY id').all() as { tbl: string; gid: string }[];
}

function gidOf(db: Database, table: string, id: number): string {
  return (db.prepare(`SELECT gid FROM ${table} WHERE id = ?`).get(id) as { gid: string }).gid;
}

describe('change capture into the sync outbox', () => {
  it('covers every table: each is synced or named as never synced', () => {
    const temp = openTempDb();
    cleanups.push(temp.cleanup);
    const tables = (
      temp.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((t) => t.name);
    const known = new Set([...SYNCED_TABLES.map((t) => t.table), ...NEVER_SYNCED]);
    expect(tables.filter((t) => !known.has(t))).toEqual([]);
  });

  it('joining a team queues every synced row but this computer’s own settings', () => {
    const temp = openTempDb();
    cleanups.push(temp.cleanup);
    const { db } = temp;
    addProposal(db);
    db.exec(`INSERT INTO settings (key, value) VALUES ('weekStart', '"sunday"'), ('timeZone', '"Asia/Tokyo"')`);
    expect(waitingCount(db)).toBe(0);

    beginCapture(db, 'server-1');
    expect(outbox(db).map((e) => e.tbl)).toEqual(['profiles', 'proposals', 'proposal_events', 'settings']);
    expect(outbox(db).at(-1)).toEqual({ tbl: 'settings', gid: 'weekStart' });
    expect(readSyncState(db)).toMatchObject({ capturing: true, serverId: 'server-1', cursor: 0 });
  });

  it('notes inserts, edits and deletes, one entry per row however often it changed', () => {
    const db = joinedDb();
    const id = addProposal(db);
    const gid = gidOf(db, 'proposals', id);
    db.prepare('UPDATE proposals SET job_title = ? WHERE id = ?').run('Renamed', id);
    db.prepare('UPDATE proposals SET notes = ? WHERE id = ?').run('call Tuesday', id);
    expect(outbox(db)).toEqual([
      { tbl: 'proposals', gid },
      { tbl: 'proposal_events', gid: expect.any(String) },
    ]);

    db.exec('DELETE FROM sync_outbox');
    db.prepare('DELETE FROM proposals WHERE id = ?').run(id);
    // The cascade that takes the status history is seen too: each event gets its tombstone.
    expect(outbox(db).map((e) => e.tbl)).toEqual(['proposal_events', 'proposals']);
  });

  it('ignores what is no edit: the cached status, a write that changes nothing, this computer’s zone and language', () => {
    const db = joinedDb();
    const id = addProposal(db);
    db.exec('DELETE FROM sync_outbox');
    db.prepare(`UPDATE proposals SET status = 'viewed', status_at = ?, furthest_stage = 1 WHERE id = ?`).run(AT, id);
    db.prepare('UPDATE proposals SET job_title = job_title WHERE id = ?').run(id);
    db.exec(`INSERT INTO settings (key, value) VALUES ('timeZone', '"Asia/Tokyo"'), ('language', '"zh-CN"')`);
    expect(outbox(db)).toEqual([]);
  });

  it('a change to a proposal’s skills is a change to the proposal', () => {
    const db = joinedDb();
    const id = addProposal(db);
    db.exec('DELETE FROM sync_outbox');
    db.prepare(`INSERT INTO proposal_skills (proposal_id, position, skill) VALUES (?, 0, 'React')`).run(id);
    expect(outbox(db)).toEqual([{ tbl: 'proposals', gid: gidOf(db, 'proposals', id) }]);
  });

  it('stamps waiting changes with a hybrid clock that never goes back, and restamps a row changed again', () => {
    const db = joinedDb();
    const id = addProposal(db);
    expect(stampOutbox(db, NOW_MS)).toBe(2);
    const first = readSyncState(db).hlc;
    expect(first).toBe(NOW_MS * HLC_COUNTER);

    // The wall clock stepped back a minute: the clock still moves forward.
    db.prepare('UPDATE proposals SET job_title = ? WHERE id = ?').run('Again', id);
    expect(stampOutbox(db, NOW_MS - 60_000)).toBe(1);
    expect(db.prepare(`SELECT hlc, device FROM sync_outbox WHERE tbl = 'proposals'`).get()).toEqual({
      hlc: first + 1,
      device: readSyncState(db).deviceId,
    });
    expect(stampOutbox(db, NOW_MS)).toBe(0);
  });

  it('leaving the team empties the outbox and stops capture; the data stays', () => {
    const db = joinedDb();
    addProposal(db);
    endCapture(db);
    addProposal(db, 'After leaving');
    expect(waitingCount(db)).toBe(0);
    expect(readSyncState(db)).toMatchObject({ capturing: false, serverId: null });
    expect(db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: 2 });
  });

  it('the app stamps a change when it is made, with its own clock', () => {
    const app = testApp('2026-11-20T10:00:00.000Z');
    cleanups.push(app.cleanup);
    beginCapture(app.db, 'server-1');
    app.setNow('2026-11-20T10:05:00.000Z');
    app.invoke('proposals:create', { jobTitle: 'Stamped' });
    const stamps = app.db.prepare('SELECT DISTINCT hlc, device FROM sync_outbox').all();
    expect(stamps).toEqual([
      { hlc: Date.parse('2026-11-20T10:05:00.000Z') * HLC_COUNTER, device: readSyncState(app.db).deviceId },
    ]);
  });
});
