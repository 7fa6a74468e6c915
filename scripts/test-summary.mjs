#!/usr/bin/env node
// Adds up vitest JSON reports: one line per report (its file name says which run: today's, or a
// pinned instant's, see scripts/test-instants.mjs), then "tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = {
    passed: report.numPassedTests,
    // A file that failed to load counts as a failure even with no test in it.
    failed: report.numFailedTests || (report.numFailedTestSuites ?? 0),
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
  for (const key of Object.keys(total)) total[key] += counts[key];
  console.log(
    `${basename(file, '.json').padEnd(28)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
