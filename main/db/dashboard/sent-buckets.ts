import type { Database } from 'better-sqlite3';
import type { StageCounts } from '@shared/domain/weekly';
import { prepared } from '../statements';

// sent_buckets: what the proposals sent in each hour (UTC) count for the dashboard (sent, each
// stage reached, Connects), and sent_totals the same over all time (the Connects balance), kept
// current by triggers on proposals, so the weekly figures cost the number of weeks shown, not
// the number of proposals. Weeks are cut at local midnight in the user's zone, which in most
// zones falls on a UTC hour: such a week is a run of whole buckets. In the others (India +5:30,
// Nepal +5:45) the part-hours at each end are read from the proposals (an index range of
// minutes), so a change of zone or week start in Settings needs no rebuild.
// Triggers (not application code) keep both in step, so every write path is covered: handlers,
// imports, restores, sample data, and rows pulled by sync.

const BUCKET_SECONDS = 3600;
const HOURS_A_DAY = 24;
const DAY_MS = 86_400_000;
const bucketOf = (column: string) => `unixepoch(${column}) / ${BUCKET_SECONDS}`;

const COUNTED = ['sent_at', 'furthest_stage', 'connects_spent', 'boost_connects'];

/** Adds (sign 1) or takes off (sign -1) one proposals row's contribution. */
function contribution(r: 'NEW' | 'OLD', sign: 1 | -1): string {
  const stage = (n: number) => `${sign} * (${r}.furthest_stage >= ${n})`;
  // WHERE: an unreadable sent_at (never written by the app) must not become a NULL key, which
  // an INTEGER PRIMARY KEY would turn into a new row number.
  return `INSERT INTO sent_buckets (bucket, sent, viewed, interviewed, offered, hired, connects)
    SELECT ${bucketOf(`${r}.sent_at`)}, ${sign}, ${stage(1)}, ${stage(2)}, ${stage(3)}, ${stage(4)},
           ${sign} * (${r}.connects_spent + ${r}.boost_connects)
    WHERE ${bucketOf(`${r}.sent_at`)} IS NOT NULL
    ON CONFLICT (bucket) DO UPDATE SET
      sent = sent + excluded.sent, viewed = viewed + excluded.viewed,
      interviewed = interviewed + excluded.interviewed, offered = offered + excluded.offered,
      hired = hired + excluded.hired, connects = connects + excluded.connects;
    UPDATE sent_totals SET sent = sent + ${sign}, connects = connects + ${sign} * (${r}.connects_spent + ${r}.boost_connects)
    WHERE ${bucketOf(`${r}.sent_at`)} IS NOT NULL;`;
}

/** A bucket nothing counts in any more goes, so the table holds only hours with proposals. */
const dropEmpty = (r: 'OLD') => `DELETE FROM sent_buckets WHERE bucket = ${bucketOf(`${r}.sent_at`)} AND sent = 0;`;

export function createSentBuckets(db: Database): void {
  db.exec(`
    CREATE TABLE sent_buckets (
      bucket      INTEGER PRIMARY KEY, -- unixepoch(sent_at) / 3600: the UTC hour
      sent        INTEGER NOT NULL,
      viewed      INTEGER NOT NULL,
      interviewed INTEGER NOT NULL,
      offered     INTEGER NOT NULL,
      hired       INTEGER NOT NULL,
      connects    INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE sent_totals (
      id       INTEGER PRIMARY KEY CHECK (id = 1),
      sent     INTEGER NOT NULL,
      connects INTEGER NOT NULL
    ) STRICT;
    INSERT INTO sent_totals (id, sent, connects) VALUES (1, 0, 0);

    CREATE TRIGGER sent_buckets_insert AFTER INSERT ON proposals BEGIN
      ${contribution('NEW', 1)}
    END;

    CREATE TRIGGER sent_buckets_update AFTER UPDATE OF ${COUNTED.join(', ')} ON proposals
    WHEN ${COUNTED.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')}
    BEGIN
      ${contribution('OLD', -1)}
      ${contribution('NEW', 1)}
      ${dropEmpty('OLD')}
    END;

    CREATE TRIGGER sent_buckets_delete AFTER DELETE ON proposals BEGIN
      ${contribution('OLD', -1)}
      ${dropEmpty('OLD')}
    END;
  `);
  rebuildSentBuckets(db);
}

/** Recomputes both tables from the proposals (the migration's backfill; tests compare against it). */
export function rebuildSentBuckets(db: Database): void {
  db.exec(`
    DELETE FROM sent_buckets;
    INSERT INTO sent_buckets (bucket, sent, viewed, interviewed, offered, hired, connects)
      SELECT ${bucketOf('sent_at')}, count(*), sum(furthest_stage >= 1), sum(furthest_stage >= 2),
             sum(furthest_stage >= 3), sum(furthest_stage >= 4), sum(connects_spent + boost_connects)
      FROM proposals WHERE ${bucketOf('sent_at')} IS NOT NULL GROUP BY 1;
    UPDATE sent_totals SET (sent, connects) =
      (SELECT count(*), coalesce(sum(connects_spent + boost_connects), 0) FROM proposals WHERE ${bucketOf('sent_at')} IS NOT NULL);
  `);
}

const SUMS = `coalesce(sum(sent), 0) AS sent, coalesce(sum(viewed), 0) AS viewed,
  coalesce(sum(interviewed), 0) AS interviewed, coalesce(sum(offered), 0) AS offered,
  coalesce(sum(hired), 0) AS hired, coalesce(sum(connects), 0) AS connects`;

function fromBuckets(db: Database, from: number, to: number): StageCounts {
  return prepared<[number, number], StageCounts>(
    db,
    `SELECT ${SUMS} FROM sent_buckets WHERE bucket >= ? AND bucket < ?`,
  ).get(from, to)!;
}

/** The same figures read from the proposals themselves (the covering index proposals_weekly). */
function fromProposals(db: Database, from: string, to: string): StageCounts {
  return prepared<[string, string], StageCounts>(
    db,
    `SELECT count(*) AS sent,
            coalesce(sum(furthest_stage >= 1), 0) AS viewed,
            coalesce(sum(furthest_stage >= 2), 0) AS interviewed,
            coalesce(sum(furthest_stage >= 3), 0) AS offered,
            coalesce(sum(furthest_stage >= 4), 0) AS hired,
            coalesce(sum(connects_spent + boost_connects), 0) AS connects
     FROM proposals INDEXED BY proposals_weekly
     WHERE sent_at >= ? AND sent_at < ?`,
  ).get(from, to)!;
}

const add = (a: StageCounts, b: StageCounts): StageCounts => ({
  sent: a.sent + b.sent,
  viewed: a.viewed + b.viewed,
  interviewed: a.interviewed + b.interviewed,
  offered: a.offered + b.offered,
  hired: a.hired + b.hired,
  connects: a.connects + b.connects,
});

const bucketStart = (bucket: number) => new Date(bucket * BUCKET_SECONDS * 1000).toISOString();

/** What the proposals sent in [from, to) (ISO UTC instants) count: whole buckets, plus ragged ends. */
export function sentBetween(db: Database, from: string, to: string): StageCounts {
  const first = Math.ceil(Date.parse(from) / 1000 / BUCKET_SECONDS);
  const end = Math.floor(Date.parse(to) / 1000 / BUCKET_SECONDS);
  if (first >= end) return fromProposals(db, from, to);
  let counts = fromBuckets(db, first, end);
  if (bucketStart(first) !== from) counts = add(counts, fromProposals(db, from, bucketStart(first)));
  if (bucketStart(end) !== to) counts = add(counts, fromProposals(db, bucketStart(end), to));
  return counts;
}

/** Counts proposals sent in [from, to) (ISO UTC instants). */
export type SentCounter = (from: string, to: string) => number;

/** A plain count over the proposals (the sent_at index): the ragged ends of a range. */
function countFromProposals(db: Database, from: string, to: string): number {
  return prepared<[string, string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM proposals INDEXED BY proposals_sent_at WHERE sent_at >= ? AND sent_at < ?',
  ).get(from, to)!.n;
}

/** Proposals counted in the buckets [from, to): a short run of hours. */
function sentInBuckets(db: Database, from: number, to: number): number {
  return prepared<[number, number], { n: number }>(
    db,
    'SELECT coalesce(sum(sent), 0) AS n FROM sent_buckets WHERE bucket >= ? AND bucket < ?',
  ).get(from, to)!.n;
}

/**
 * A counter for many overlapping ranges inside [from, to), like the health trend's trailing
 * windows (24 windows of up to 90 days): the span is summed once per day of 24 buckets into
 * running totals (SQLite sums, a row a day comes back), so each range costs its part-days at
 * each end (under 24 buckets) and its ragged part-hours, not a sum over thousands of hours.
 * A range reaching outside the span is counted as sentBetween does.
 */
export function sentCounter(db: Database, from: string, to: string): SentCounter {
  const first = Math.ceil(Date.parse(from) / 1000 / BUCKET_SECONDS);
  const end = Math.max(first, Math.floor(Date.parse(to) / 1000 / BUCKET_SECONDS));
  const days = Math.ceil((end - first) / HOURS_A_DAY);
  const running = new Array<number>(days + 1).fill(0);
  const perDay = prepared<[number, number, number], { day: number; n: number }>(
    db,
    `SELECT (bucket - CAST(? AS INTEGER)) / ${HOURS_A_DAY} AS day, sum(sent) AS n
       FROM sent_buckets WHERE bucket >= ? AND bucket < ? GROUP BY day`,
  ).all(first, first, end);
  for (const { day, n } of perDay) running[day + 1] = n;
  for (let i = 1; i < running.length; i++) running[i]! += running[i - 1]!;
  /** Proposals in the buckets [first, bucket). */
  const before = (bucket: number) => {
    const day = Math.floor((bucket - first) / HOURS_A_DAY);
    const dayStart = first + day * HOURS_A_DAY;
    return running[day]! + (bucket > dayStart ? sentInBuckets(db, dayStart, bucket) : 0);
  };
  return (rangeFrom, rangeTo) => {
    const a = Math.ceil(Date.parse(rangeFrom) / 1000 / BUCKET_SECONDS);
    const b = Math.floor(Date.parse(rangeTo) / 1000 / BUCKET_SECONDS);
    if (a >= b || a < first || b > end) return sentBetween(db, rangeFrom, rangeTo).sent;
    let n = before(b) - before(a);
    if (bucketStart(a) !== rangeFrom) n += countFromProposals(db, rangeFrom, bucketStart(a));
    if (bucketStart(b) !== rangeTo) n += countFromProposals(db, bucketStart(b), rangeTo);
    return n;
  };
}

/**
 * Proposals sent on each of the last `days` days counted back from `asOf` in days of 24 hours
 * (index 0: the last day; day k holds (asOf - (k+1) days, asOf - k days], an instant just after
 * asOf in day 0, and the window's first instant in the last day), as the health forecasts read
 * them. Every whole hour between two day edges is read from its bucket; the hours an edge falls
 * in (days + 1 of them) are read from the proposals with the day worked out as a plain query
 * does, so the figures are the same to the millisecond and the cost follows the days asked for.
 */
export function sentPerDayBack(db: Database, asOf: Date, days: number): number[] {
  const at = asOf.getTime();
  const from = at - days * DAY_MS;
  const to = at + 1;
  const edge = Math.floor(at / 1000 / BUCKET_SECONDS);
  const values = Array.from({ length: days }, () => 0);
  const whole = prepared<[number, number, number, number], { ago: number; n: number }>(
    db,
    `SELECT (CAST(? AS INTEGER) - bucket - 1) / ${HOURS_A_DAY} AS ago, sum(sent) AS n FROM sent_buckets
      WHERE bucket > ? AND bucket < ? AND (? - bucket) % ${HOURS_A_DAY} <> 0 GROUP BY ago`,
  ).all(edge, edge - HOURS_A_DAY * days, edge, edge);
  for (const { ago, n } of whole) values[ago]! += n;
  const ranges: [string, string][] = [];
  for (let k = 0; k <= days; k++) {
    const start = (edge - HOURS_A_DAY * k) * BUCKET_SECONDS * 1000;
    const range = [Math.max(start, from), Math.min(start + BUCKET_SECONDS * 1000, to)] as const;
    if (range[0] < range[1]) ranges.push([new Date(range[0]).toISOString(), new Date(range[1]).toISOString()]);
  }
  const edges = prepared<[string, string], { ago: number; n: number }>(
    db,
    `WITH ranges (starts_at, ends_at) AS (
         SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))
       SELECT CAST(julianday(?) - julianday(p.sent_at) AS INTEGER) AS ago, count(*) AS n
       FROM ranges r JOIN proposals p INDEXED BY proposals_sent_at ON p.sent_at >= r.starts_at AND p.sent_at < r.ends_at
       GROUP BY ago`,
  ).all(JSON.stringify(ranges), asOf.toISOString());
  // As the plain query's callers did: an instant on the window's first edge counts in the last day.
  for (const { ago, n } of edges) values[Math.min(days - 1, Math.max(0, ago))]! += n;
  return values;
}

/** Every proposal's Connects, boosts included (the balance takes them off the ledger's). */
export function connectsSpentEver(db: Database): number {
  return prepared<[], { connects: number }>(db, 'SELECT connects FROM sent_totals').get()!.connects;
}
