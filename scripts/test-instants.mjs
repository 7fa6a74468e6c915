#!/usr/bin/env node
// Runs every test that can depend on the date (the node, renderer and e2e vitest projects; not the
// type-check or lint) with "now" pinned at each instant below, in its zone. CI runs it after the
// full suite on the real today (.ci/run); `npm run test:instants` runs it here.
//
//   node scripts/test-instants.mjs                         every instant, all projects
//   node scripts/test-instants.mjs --only dst-berlin       one instant (names below, comma-separated)
//   node scripts/test-instants.mjs --no-e2e                skip Chromium
//   node scripts/test-instants.mjs -- test/renderer/dashboard.test.tsx   vitest filters
//
// The e2e run uses the renderer already built in out/ (npm run build). Each run writes its vitest
// JSON report to test-results/instants/<name>.<unit|e2e>.json; the closing lines give the counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const INSTANTS = [
  {
    name: 'dst-berlin',
    now: '2027-03-28T23:30:00+02:00',
    zone: 'Europe/Berlin',
    why: 'Sunday of the spring-forward change, late: a 167-hour week about to end',
  },
  {
    name: 'dst-new-york',
    now: '2027-03-14T03:30:00-04:00',
    zone: 'America/New_York',
    why: 'Sunday of the spring-forward change, just after 02:00 became 03:00',
  },
  {
    name: 'new-years-eve',
    now: '2026-12-31T23:30:00-08:00',
    zone: 'America/Los_Angeles',
    why: "New Year's Eve late, in ISO week 53 of 2026, already 2027 in UTC",
  },
  {
    name: 'leap-day',
    now: '2028-02-29T12:00:00+05:30',
    zone: 'Asia/Kolkata',
    why: '29 February, in a zone half an hour off UTC',
  },
  {
    name: 'monday-0005',
    now: '2026-11-30T00:05:00+13:00',
    zone: 'Pacific/Auckland',
    why: 'Monday 00:05, five minutes into a new week, still Sunday in UTC',
  },
  {
    name: 'monday-after-dst',
    now: '2027-03-29T00:05:00+02:00',
    zone: 'Europe/Berlin',
    why: 'Monday 00:05 after the 167-hour week: 7 x 24 hours back is two weeks back',
  },
];

// Tests that do not depend on the date run once, on today's date (.ci/run's first pass), not at
// each instant, to keep CI inside its time: the PostgreSQL ones, which start a server of their own
// (test/support/postgres.ts), and the e2e walks of every screen, which check markup (axe, focus,
// no English left in Chinese) and take minutes each; what they show of dates is checked at every
// instant by the screens' own tests.
const TODAY_ONLY = ['**/postgres-*.test.ts', '**/every-screen.test.ts', '**/keyboard-walk.test.ts'];

const REPORTS = resolve('test-results/instants');
const VITEST = resolve('node_modules/vitest/vitest.mjs');

function parseArgs(argv) {
  const split = argv.indexOf('--');
  const own = split === -1 ? argv : argv.slice(0, split);
  const filters = split === -1 ? [] : argv.slice(split + 1);
  const onlyAt = own.indexOf('--only');
  const only = onlyAt === -1 ? null : (own[onlyAt + 1] ?? '').split(',').filter(Boolean);
  const unknown = only?.filter((name) => !INSTANTS.some((i) => i.name === name)) ?? [];
  if (unknown.length) throw new Error(`No instant named ${unknown.join(', ')}; known: ${INSTANTS.map((i) => i.name)}`);
  return { only, e2e: !own.includes('--no-e2e'), filters };
}

/** One vitest run with "now" and the zone pinned; returns its counts (a crash counts as a failure). */
function run(instant, kind, filters) {
  const report = join(REPORTS, `${instant.name}.${kind}.json`);
  rmSync(report, { force: true });
  const config = kind === 'e2e' ? ['--config', 'vitest.e2e.config.ts'] : [];
  const { status } = spawnSync(
    process.execPath,
    [
      VITEST,
      'run',
      ...config,
      '--reporter=dot',
      '--reporter=json',
      `--outputFile=${report}`,
      ...TODAY_ONLY.flatMap((glob) => ['--exclude', glob]),
      // A filter naming a renderer file matches nothing in the e2e project, and that is fine.
      ...(filters.length ? ['--passWithNoTests', ...filters] : []),
    ],
    { stdio: 'inherit', env: { ...process.env, BIDWELL_TEST_NOW: instant.now, TZ: instant.zone } },
  );
  if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0, status };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  return {
    passed: json.numPassedTests,
    // A file that failed to load counts as a failure even with no test in it.
    failed: json.numFailedTests || (json.numFailedTestSuites ?? 0),
    skipped: json.numPendingTests + (json.numTodoTests ?? 0),
    status,
  };
}

const { only, e2e, filters } = parseArgs(process.argv.slice(2));
if (e2e && !existsSync(join(process.env.BIDWELL_OUT ?? 'out', 'renderer/index.html'))) {
  throw new Error('The e2e runs need the built renderer: npm run build (or pass --no-e2e)');
}
mkdirSync(REPORTS, { recursive: true });

const lines = [];
let failures = 0;
for (const instant of INSTANTS.filter((i) => !only || only.includes(i.name))) {
  console.log(`\n--- ${instant.name}: ${instant.now} in ${instant.zone} (${instant.why})`);
  for (const kind of e2e ? ['unit', 'e2e'] : ['unit']) {
    const counts = run(instant, kind, filters);
    if (counts.failed > 0 || counts.status !== 0) failures++;
    lines.push(
      `${instant.name.padEnd(17)} ${instant.now} ${instant.zone.padEnd(20)} ${kind.padEnd(4)} ` +
        `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
  }
}
console.log(`\n--- pinned instants\n${lines.join('\n')}`);
process.exitCode = failures > 0 ? 1 : 0;
