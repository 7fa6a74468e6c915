import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportResult, ProposalImportPreview } from '@shared/domain/imports';
import { fixtureText } from '../support/fixtures';
import { moneySnapshot } from '../support/money-snapshot';
import { testApp } from '../support/temp-db';
import { value } from '../support/results';

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.cleanup());

describe('importing a proposals spreadsheet', () => {
  const text = fixtureText('proposals/sheet.csv');

  it('guesses the column mapping from the headers', () => {
    const p = value<ProposalImportPreview>(app.invoke('import:proposalsPreview', { text }));
    expect(p.mapping).toMatchObject({
      sentAt: 'Date sent',
      jobTitle: 'Job',
      jobUrl: 'Link',
      jobType: 'Type',
      bid: 'Rate/Price',
      connectsSpent: 'Connects',
      boostConnects: 'Boost',
      status: 'Status',
      skills: 'Skills',
      clientCountry: 'Client country',
      notes: 'Notes',
      profile: null,
    });
    expect(p).toMatchObject({ rowCount: 5, okCount: 5, rejected: [], canCommit: true });
  });

  it('previews without writing, then creates the proposals through the same path as the form', () => {
    const before = moneySnapshot(app.db);
    const p = value<ProposalImportPreview>(app.invoke('import:proposalsPreview', { text }));
    expect(moneySnapshot(app.db)).toEqual(before);
    expect(p.sample[0]).toMatchObject({
      line: 2,
      jobTitle: 'Shopify store speed audit',
      connects: 16,
      status: 'hired',
    });

    expect(value<ImportResult>(app.invoke('import:proposalsCommit', { text, mapping: p.mapping }))).toEqual({
      added: 5,
      duplicates: 0,
    });
    const rows = app.db
      .prepare(
        'SELECT job_title, job_type, bid_cents, connects_spent, boost_connects, status, sent_at FROM proposals ORDER BY sent_at',
      )
      .all();
    expect(rows[0]).toEqual({
      job_title: 'Shopify store speed audit',
      job_type: 'fixed',
      bid_cents: 35000,
      connects_spent: 16,
      boost_connects: 0,
      status: 'hired',
      sent_at: '2026-09-01T12:00:00.000Z',
    });
    expect(rows.map((r) => (r as { status: string }).status)).toEqual([
      'hired',
      'viewed',
      'no_response',
      'interviewing',
      'sent',
    ]);
    expect(
      app.db.prepare("SELECT group_concat(skill, '|') AS s FROM proposal_skills WHERE proposal_id = 1").get(),
    ).toEqual({ s: 'Shopify|Performance' });
  });

  it('adds nothing when the same sheet comes again', () => {
    value(app.invoke('import:proposalsCommit', { text }));
    const before = moneySnapshot(app.db);
    const again = value<ProposalImportPreview>(app.invoke('import:proposalsPreview', { text }));
    expect(again).toMatchObject({ okCount: 0, duplicateCount: 5, canCommit: false, rejected: [] });
    expect(value<ImportResult>(app.invoke('import:proposalsCommit', { text }))).toEqual({ added: 0, duplicates: 5 });
    expect(moneySnapshot(app.db)).toEqual(before);
    // The same title on another day is another proposal.
    const sheet =
      'Date,Job\r\n2026-09-01,Shopify store speed audit\r\n2026-09-09,Shopify store speed audit\r\n2026-09-09,Shopify store speed audit\r\n';
    expect(value<ImportResult>(app.invoke('import:proposalsCommit', { text: sheet }))).toEqual({
      added: 1,
      duplicates: 2,
    });
  });

  it('reads numeric dates in the order the user chose', () => {
    const p = value<ProposalImportPreview>(app.invoke('import:proposalsPreview', { text, dateOrder: 'dmy' }));
    expect(p.sample[0]!.sentAt).toBe('2026-01-09T12:00:00.000Z');
  });

  it('refuses a sheet with bad rows as a whole, naming each line and field, and writes nothing', () => {
    const bad = fixtureText('proposals/sheet-bad.csv');
    const before = moneySnapshot(app.db);
    const p = value<ProposalImportPreview>(app.invoke('import:proposalsPreview', { text: bad }));
    expect(p.rejected.map((r) => [r.line, r.key.replace('money.import.problems.', ''), r.params.field])).toEqual([
      [3, 'badDate', 'sentAt'],
      [4, 'invalidField', 'jobTitle'],
      [5, 'badCount', 'connectsSpent'],
      [6, 'badStatus', 'status'],
      [7, 'invalidField', 'jobUrl'],
    ]);
    expect(p.canCommit).toBe(false);
    expect(app.invoke('import:proposalsCommit', { text: bad, mapping: p.mapping })).toMatchObject({
      ok: false,
      error: { fields: [{ key: 'validation.importRejected' }] },
    });
    expect(moneySnapshot(app.db)).toEqual(before);
  });

  it('asks for the date and title columns when the mapping leaves them out', () => {
    const p = value<ProposalImportPreview>(
      app.invoke('import:proposalsPreview', { text, mapping: { jobTitle: 'Job', sentAt: null } }),
    );
    expect(p.rejected.map((r) => [r.line, r.key, r.params.field])).toEqual([
      [1, 'money.import.problems.unmappedField', 'sentAt'],
    ]);
    expect(app.invoke('import:proposalsPreview', { text, mapping: { jobTitle: 'Job', madeUp: 'x' } })).toMatchObject({
      ok: false,
    });
  });

  it('files rows under a profile named in the sheet, and refuses a name that is not a profile', () => {
    value(app.invoke('profiles:create', { name: 'Shopify', kind: 'specialized' }));
    const sheet = 'Date,Job,Profile\r\n2026-09-01,Audit,shopify\r\n2026-09-02,Other,Design\r\n';
    const p = value<ProposalImportPreview>(app.invoke('import:proposalsPreview', { text: sheet }));
    expect(p.rejected.map((r) => [r.line, r.key])).toEqual([[3, 'money.import.problems.unknownProfile']]);
  });
});
