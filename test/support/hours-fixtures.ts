import type { Database } from 'better-sqlite3';
import type { ChannelName } from '@shared/contract';
import { fixtureText } from './fixtures';

// The hand-written Upwork files of test/fixtures/upwork/weekly imported into a test database:
// the transaction history of April 2024, then the Weekly Summaries of 2024 and 2025
// (test/db/weekly-import.test.ts and test/db/hourly-rates.test.ts list what they hold).

interface Invoker {
  invoke(channel: ChannelName, input: unknown): unknown;
}

export function importHoursFixtures(app: Invoker): void {
  for (const [file, channel] of [
    ['history-2024-04.csv', 'import:upworkCommit'],
    ['weekly-2024.csv', 'import:weeklyCommit'],
    ['weekly-2025.csv', 'import:weeklyCommit'],
  ] as const) {
    const result = app.invoke(channel, { text: fixtureText(`upwork/weekly/${file}`) }) as { ok: boolean };
    if (!result.ok) throw new Error(`${file} did not import: ${JSON.stringify(result)}`);
  }
}

/** The hourly proposal that won a contract, written straight to the file (the proposal form is tested elsewhere). */
export function linkWinningProposal(db: Database, contractTitle: string, category: string, skills: string[]): void {
  const at = '2024-04-01T09:00:00.000Z';
  const proposal = Number(
    db
      .prepare(
        `INSERT INTO proposals (profile_id, sent_at, job_title, job_type, category, status, status_at, created_at, updated_at)
         VALUES (1, ?, ?, 'hourly', ?, 'hired', ?, ?, ?)`,
      )
      .run(at, contractTitle, category, at, at, at).lastInsertRowid,
  );
  const skill = db.prepare('INSERT INTO proposal_skills (proposal_id, position, skill) VALUES (?, ?, ?)');
  skills.forEach((name, i) => skill.run(proposal, i, name));
  db.prepare('UPDATE contracts SET proposal_id = ? WHERE title = ?').run(proposal, contractTitle);
}

/** Two hours in June 2024 on the site audit, unpaid: a month with too few hours to mean anything. */
export function addFewHoursMonth(db: Database): void {
  db.prepare(
    `INSERT INTO work_entries (upwork_contract_id, contract_id, day, seconds, amount_cents, payment, external_id, created_at)
     SELECT upwork_id, id, '2024-06-12', 7200, 0, 'hourly', 'test:june', '2024-06-12T00:00:00Z'
       FROM contracts WHERE title = 'Site audit'`,
  ).run();
}
