import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/architecture.md: every write to a table that sync will carry goes through a named function
// in main/db/<domain>/, so a sync outbox has one place per table to hook into. eslint keeps SQL
// out of everything but main/db/; this keeps each table's writes in the files listed here. A new
// write elsewhere fails, naming the file: move it next to the others, or add it here knowingly.

const DB = 'main/db';

/** Syncable table -> the files whose functions write it (migrations aside: they run once). */
const WRITERS: Record<string, string[]> = {
  // sync/capture.ts: the first profile's global id, set once by the migration that adds them.
  profiles: ['profiles/profiles.ts', 'data/sample-data.ts', 'sync/capture.ts'],
  proposals: ['proposals/proposals.ts', 'data/sample-data.ts'],
  proposal_events: ['proposals/proposals.ts', 'data/sample-data.ts'],
  proposal_skills: ['proposals/proposals.ts', 'data/sample-data.ts'],
  contracts: ['money/contracts.ts'],
  transactions: ['money/transactions.ts'],
  connects_ledger: ['money/connects.ts', 'data/sample-data.ts'],
  work_entries: ['money/work-entries.ts'],
  jss_entries: ['health/jss.ts'],
  profile_checklist: ['health/checklist.ts'],
  settings: ['settings/settings.ts'],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function writersFound(): Record<string, string[]> {
  const found: Record<string, Set<string>> = {};
  for (const file of sourceFiles(DB)) {
    const text = readFileSync(file, 'utf8');
    for (const [, table] of text.matchAll(/\b(?:INSERT INTO|REPLACE INTO|UPDATE|DELETE FROM)\s+([a-z_]+)/g)) {
      (found[table!] ??= new Set()).add(relative(DB, file));
    }
  }
  return Object.fromEntries(Object.keys(WRITERS).map((table) => [table, [...(found[table] ?? [])].sort()]));
}

describe('writes to syncable tables', () => {
  it('happen only in the named functions of their main/db/<domain>/ files', () => {
    const expected = Object.fromEntries(Object.entries(WRITERS).map(([table, files]) => [table, [...files].sort()]));
    expect(writersFound()).toEqual(expected);
  });
});
