#!/usr/bin/env node
// Adds up vitest JSON reports: one line per report (its file name says which run: today's, or a
// pinned instant's, see scripts/test-instants.mjs), then each failed test with the first lines of
// its message (CI keeps only the end of its output, so a failure must be named there), then
// "tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const total = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = {
    passed: report.numPassedTests,
    // A file that failed to load counts as a failure even with no test in it.
    failed: report.numFailedTests || (report.numFailedTestSuites ?? 0),
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
  for (const key of Object.keys(total)) total[key] += counts[key];
  failures.push(...failuresIn(report, basename(file, '.json')));
  console.log(
    `${basename(file, '.json').padEnd(28)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
}
for (const failure of failures) console.log(failure);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;

/** "FAILED <run> <file> > <test>" and the message's first lines, for each failed test or file. */
function failuresIn(report, run) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const where = file.name.replace(`${process.cwd()}/`, '');
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) {
      lines.push(`FAILED ${run} ${where} > ${test.fullName}\n${excerpt(test.failureMessages?.join('\n'))}`);
    }
    if (!failed.length && file.status === 'failed') lines.push(`FAILED ${run} ${where}\n${excerpt(file.message)}`);
  }
  return lines;
}

function excerpt(message = '') {
  // Strip colours and the test runner's own stack frames; keep what was expected and where.
  const plain = stripVTControlCharacters(message);
  return plain
    .split('\n')
    .filter((line) => !/node_modules|node:internal|<anonymous>/.test(line))
    .slice(0, 8)
    .map((line) => `    ${line.slice(0, 200)}`)
    .join('\n');
}
