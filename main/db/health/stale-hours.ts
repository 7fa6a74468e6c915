import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

// stale_hours: how many proposals still "sent" or "viewed" last changed in each hour (UTC), and
// stale_totals how many there are in all, kept by triggers on proposals, so the Health screen's
// stale count (those whose last change is older than an instant, mostly years of unanswered
// proposals) costs the hours since that instant, not the number of proposals: the total minus
// the hours after it, minus the part-hour it falls in (read from the proposals' status index).
// Local like every aggregate: never synced (docs/sync.md); synced rows fire the triggers.

const BUCKET_SECONDS = 3600;
const bucketOf = (column: string) => `unixepoch(${column}) / ${BUCKET_SECONDS}`;
const WAITING = "('sent', 'viewed')";

function contribution(r: 'NEW' | 'OLD', sign: 1 | -1): string {
  const counts = `${r}.status IN ${WAITING} AND ${bucketOf(`${r}.status_at`)} IS NOT NULL`;
  return `INSERT INTO stale_hours (bucket, waiting) SELECT ${bucketOf(`${r}.status_at`)}, ${sign} WHERE ${counts}
      ON CONFLICT (bucket) DO UPDATE SET waiting = waiting + excluded.waiting;
    UPDATE stale_totals SET waiting = waiting + ${sign} WHERE ${counts};`;
}

const dropEmpty = `DELETE FROM stale_hours WHERE bucket = ${bucketOf('OLD.status_at')} AND waiting = 0;`;

export function createStaleHours(db: Database): void {
  db.exec(`
    CREATE TABLE stale_hours (
      bucket  INTEGER PRIMARY KEY, -- unixepoch(status_at) / 3600: the UTC hour of the last change
      waiting INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE stale_totals (
      id      INTEGER PRIMARY KEY CHECK (id = 1),
      waiting INTEGER NOT NULL
    ) STRICT;
    INSERT INTO stale_totals (id, waiting) VALUES (1, 0);

    CREATE TRIGGER stale_hours_insert AFTER INSERT ON proposals BEGIN
      ${contribution('NEW', 1)}
    END;
    CREATE TRIGGER stale_hours_update AFTER UPDATE OF status, status_at ON proposals
    WHEN OLD.status IS NOT NEW.status OR OLD.status_at IS NOT NEW.status_at
    BEGIN
      ${contribution('OLD', -1)}
      ${contribution('NEW', 1)}
      ${dropEmpty}
    END;
    CREATE TRIGGER stale_hours_delete AFTER DELETE ON proposals BEGIN
      ${contribution('OLD', -1)}
      ${dropEmpty}
    END;
  `);
  rebuildStaleHours(db);
}

/** Recomputes both tables from the proposals (the migration's backfill; tests compare against it). */
export function rebuildStaleHours(db: Database): void {
  db.exec(`
    DELETE FROM stale_hours;
    INSERT INTO stale_hours (bucket, waiting)
      SELECT ${bucketOf('status_at')}, count(*) FROM proposals
       WHERE status IN ${WAITING} AND ${bucketOf('status_at')} IS NOT NULL GROUP BY 1;
    UPDATE stale_totals SET waiting = (SELECT coalesce(sum(waiting), 0) FROM stale_hours);
  `);
}

/** Proposals still "sent" or "viewed" whose last change is before `before` (an ISO UTC instant). */
export function countWaitingBefore(db: Database, before: string): number {
  const hour = Math.floor(Date.parse(before) / 1000 / BUCKET_SECONDS);
  const total = prepared<[], { n: number }>(db, 'SELECT waiting AS n FROM stale_totals').get()!.n;
  const later = prepared<[number], { n: number }>(
    db,
    'SELECT coalesce(sum(waiting), 0) AS n FROM stale_hours WHERE bucket > ?',
  ).get(hour)!.n;
  // The hour `before` falls in: only its changes at or after `before` are not stale.
  const sameHour = prepared<[string, string], { n: number }>(
    db,
    `SELECT count(*) AS n FROM proposals WHERE status IN ${WAITING} AND status_at >= ? AND status_at < ?`,
  ).get(before, new Date((hour + 1) * BUCKET_SECONDS * 1000).toISOString())!.n;
  return total - later - sameHour;
}
