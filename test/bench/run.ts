// npm run bench: times the dashboard, the insights and one proposal insert on a database of
// 100,000 proposals built by the sample generator, against one bare aggregating scan of the same
// table in the same run. Not part of `npm test`: timings belong here, not in assertions.
// The last line printed is one JSON object (see the keys below).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertSampleData } from '@main/db/data/sample-data';
import { Session } from '@main/session';
import { generateSample } from '@shared/sample-data/generate';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const END = '2026-11-20T10:00:00.000Z';
const TARGETS = { dashboard_ms: 50, insights_ms: 50, insert_ms: 2, dashboard_vs_scan: 3 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time of `fn` over RUNS runs, after a few warm-up runs (prepared statements, page cache). */
function time(fn: (i: number) => unknown, runs = RUNS, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn(i);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function ok(result: ReturnType<Session['invoke']>) {
  if (!result || (result as { ok: boolean }).ok !== true) throw new Error(`Call failed: ${JSON.stringify(result)}`);
  return result;
}

const round = (n: number) => Math.round(n * 100) / 100;

const dir = mkdtempSync(join(tmpdir(), 'bidwell-bench-'));
try {
  const session = new Session({
    ownFile: join(dir, 'bench.sqlite3'),
    sampleFile: join(dir, 'unused.sqlite3'),
    now: () => new Date(END),
    log: { warn: () => {}, error: (message, details) => console.error(message, details) },
  });
  const db = session.db;

  let started = performance.now();
  // An agency-sized history: 100,000 proposals over three years, with their status history.
  const sample = generateSample({ seed: 42, end: END, weeks: 156, count: PROPOSALS });
  const generateMs = performance.now() - started;
  started = performance.now();
  const written = insertSampleData(db, sample, END);
  const buildMs = performance.now() - started;
  console.log(
    `built ${written.proposals} proposals, ${written.events} status changes (generate ${Math.round(generateMs)} ms, insert ${Math.round(buildMs)} ms)`,
  );

  const bareScan = db.prepare(
    "SELECT count(*) AS n, sum(connects_spent + boost_connects) AS connects, sum(status = 'hired') AS hired FROM proposals",
  );
  const bare_scan_ms = time(() => bareScan.get());
  const dashboard_ms = time(() => ok(session.invoke('dashboard:get', { trailing: 4 })));
  const dashboard12_ms = time(() => ok(session.invoke('dashboard:get', { trailing: 12 })));
  const week_review_ms = time(() => ok(session.invoke('dashboard:week', { week: '2026-11-09' })));
  const insights_ms = time(() => ok(session.invoke('insights:get', { months: 6 })));
  const insights_all_ms = time(() => ok(session.invoke('insights:get', { months: 0 })));
  // One proposal as a user logs it (skills included), through validation and the handler, each
  // its own transaction with synchronous=FULL: the triggers and indexes are all paid here.
  const logOne = (i: number) =>
    ok(
      session.invoke('proposals:create', {
        jobTitle: `Bench proposal ${i}`,
        sentAt: END,
        category: 'Front-End Development',
        skills: ['React', 'TypeScript', 'CSS'],
        jobType: 'hourly',
        bidCents: 4500,
        connectsSpent: 16,
        source: 'search',
        clientPaymentVerified: true,
        clientHireRate: 60,
        proposalsBand: '10to15',
        minutesAfterPosting: 25,
      }),
    );
  const insert_ms = time(logOne, 200);
  // The same without waiting for the disk (synchronous=OFF, for this measurement only): what the
  // code costs, apart from the fsync that FULL pays at every commit on this machine's disk.
  db.pragma('synchronous = OFF');
  const insert_without_fsync_ms = time((i) => logOne(1000 + i), 200);
  db.pragma('synchronous = FULL');
  // profiles.ts getProfile counts the profile's proposals on every insert (an index scan).
  const profileLookup = db.prepare('SELECT count(*) FROM proposals WHERE profile_id = 1');
  const profile_count_ms = time(() => profileLookup.get());
  session.close();

  const result = {
    proposals: written.proposals,
    events: written.events,
    runs: RUNS,
    dashboard_ms: round(dashboard_ms),
    dashboard_12_weeks_ms: round(dashboard12_ms),
    week_review_ms: round(week_review_ms),
    insights_ms: round(insights_ms),
    insights_all_time_ms: round(insights_all_ms),
    insert_ms: round(insert_ms),
    insert_without_fsync_ms: round(insert_without_fsync_ms),
    profile_count_ms: round(profile_count_ms),
    bare_scan_ms: round(bare_scan_ms),
    dashboard_vs_scan: round(dashboard_ms / bare_scan_ms),
    insights_vs_scan: round(insights_ms / bare_scan_ms),
    targets: TARGETS,
    met: {
      dashboard_ms: dashboard_ms < TARGETS.dashboard_ms,
      insights_ms: insights_ms < TARGETS.insights_ms,
      insert_ms: insert_ms < TARGETS.insert_ms,
      dashboard_vs_scan: dashboard_ms / bare_scan_ms <= TARGETS.dashboard_vs_scan,
      insights_vs_scan: insights_ms / bare_scan_ms <= TARGETS.dashboard_vs_scan,
    },
  };
  console.log(JSON.stringify(result));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
