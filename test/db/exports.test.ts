import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '@shared/domain/export';
import { fixtureText } from '../support/fixtures';
import { testApp } from '../support/temp-db';
import { value } from '../support/results';

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.cleanup());

const parse = (file: ExportFile) =>
  Papa.parse<Record<string, string>>(file.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('exports', () => {
  it('writes transactions as CSV with dollars, and negative amounts stay numbers', () => {
    value(app.invoke('import:upworkCommit', { text: fixtureText('upwork/transactions-13col.csv') }));
    const file = value<ExportFile>(app.invoke('export:transactionsCsv', undefined));
    expect(file.fileName).toBe('bidwell-transactions-2026-11-20.csv');
    const rows = parse(file);
    expect(rows).toHaveLength(11);
    expect(rows.find((r) => r.kind === 'withdrawal')).toMatchObject({
      amount: '-1200.00',
      date: '2026-10-27T12:00:00.000Z',
    });
  });

  it('defuses spreadsheet formulas in text a client or job post supplied', () => {
    value(
      app.invoke('proposals:create', {
        jobTitle: '=HYPERLINK("http://evil","click")',
        notes: '-2+3',
        skills: ['@SUM(A1)'],
      }),
    );
    const [row] = parse(value<ExportFile>(app.invoke('export:proposalsCsv', undefined)));
    expect(row).toMatchObject({ job_title: `'=HYPERLINK("http://evil","click")`, notes: "'-2+3", skills: "'@SUM(A1)" });
  });

  it('writes the job and client fields a pasted post filled', () => {
    value(
      app.invoke('proposals:create', {
        jobTitle: 'Shopify speed',
        experienceLevel: 'expert',
        projectLength: 'lt1month',
        clientReviewCount: 12,
        clientJobsPosted: 23,
        clientOpenJobs: 2,
        clientHires: 15,
        clientMemberSince: '2019-03-12',
        hourlyMinCents: 2500,
        hourlyMaxCents: 5000,
        projectType: 'ongoing',
        connectsRequired: 16,
        clientActiveHires: 3,
      }),
    );
    const [row] = parse(value<ExportFile>(app.invoke('export:proposalsCsv', undefined)));
    expect(row).toMatchObject({
      experience_level: 'expert',
      project_length: 'lt1month',
      client_review_count: '12',
      client_jobs_posted: '23',
      client_open_jobs: '2',
      client_hires: '15',
      client_member_since: '2019-03-12',
      hourly_min: '25.00',
      hourly_max: '50.00',
      fixed_budget: '',
      project_type: 'ongoing',
      connects_required: '16',
      client_active_hires: '3',
    });
  });

  it('exports every table as JSON with the schema version', () => {
    value(app.invoke('import:upworkCommit', { text: fixtureText('upwork/transactions-19col.csv') }));
    const file = value<ExportFile>(app.invoke('export:json', undefined));
    const data = JSON.parse(file.text) as { schemaVersion: number; tables: Record<string, unknown[]> };
    expect(data.schemaVersion).toBeGreaterThanOrEqual(2);
    expect(data.tables.transactions).toHaveLength(9);
    expect(data.tables.connects_ledger).toHaveLength(1);
    expect(Object.keys(data.tables)).toEqual(
      expect.arrayContaining(['proposals', 'contracts', 'profiles', 'settings']),
    );
  });
});
