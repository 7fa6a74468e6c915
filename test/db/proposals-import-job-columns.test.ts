import { afterEach, describe, expect, it } from 'vitest';
import { JOB_CLIENT_FIELDS, type Proposal, type ProposalPage } from '@shared/domain/proposal';
import type { ExportFile } from '@shared/domain/export';
import type { ImportResult, ProposalImportPreview } from '@shared/domain/imports';
import { testApp } from '../support/temp-db';
import { value } from '../support/results';

const NOW = '2026-11-20T10:00:00.000Z';
const apps: ReturnType<typeof testApp>[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.cleanup()));
function app() {
  const a = testApp(NOW);
  apps.push(a);
  return a;
}

/** Every proposal's job and client fields (migrations 12 and 14), oldest first, by title. */
function jobFields(a: ReturnType<typeof testApp>) {
  const page = value<ProposalPage>(a.invoke('proposals:list', { limit: 500 }));
  return page.rows
    .map((row) => value<Proposal>(a.invoke('proposals:get', { id: row.id })))
    .sort((x, y) => x.sentAt.localeCompare(y.sentAt))
    .map((p) => [p.jobTitle, p.sentAt, Object.fromEntries(JOB_CLIENT_FIELDS.map((f) => [f, p[f]]))]);
}

describe('the proposals import reads the job and client columns the export writes', () => {
  it('re-imports an export to the same values', () => {
    const source = app();
    value(
      source.invoke('proposals:create', {
        sentAt: '2026-11-02T09:00:00.000Z',
        jobTitle: 'Shopify speed',
        jobType: 'hourly',
        experienceLevel: 'intermediate',
        projectLength: '1to3months',
        projectType: 'ongoing',
        hourlyMinCents: 2500,
        hourlyMaxCents: 5050,
        connectsRequired: 16,
        clientReviewCount: 12,
        clientJobsPosted: 23,
        clientOpenJobs: 2,
        clientHires: 15,
        clientActiveHires: 3,
        clientMemberSince: '2019-03-12',
        // The first version's columns, exported from the start.
        source: 'best_match',
        clientPaymentVerified: true,
        clientHireRate: 65,
        clientTotalSpentCents: 1_234_550,
        clientRating: 4.85,
        proposalsBand: '5to10',
        minutesAfterPosting: 42,
      }),
    );
    value(
      source.invoke('proposals:create', {
        sentAt: '2026-11-03T09:00:00.000Z',
        source: 'invite',
        clientPaymentVerified: false,
        clientRating: 0,
        jobTitle: 'API migration',
        jobType: 'fixed',
        experienceLevel: 'expert',
        projectLength: 'lt1month',
        projectType: 'one_time',
        fixedBudgetCents: 150_000,
        connectsRequired: 8,
        clientHires: 0,
      }),
    );
    // Typed by hand: every job column blank, and blank it comes back.
    value(source.invoke('proposals:create', { sentAt: '2026-11-04T09:00:00.000Z', jobTitle: 'Logo' }));
    const csv = value<ExportFile>(source.invoke('export:proposalsCsv', undefined)).text;

    const target = app();
    const preview = value<ProposalImportPreview>(target.invoke('import:proposalsPreview', { text: csv }));
    expect(preview).toMatchObject({ okCount: 3, rejectedCount: 0, canCommit: true });
    expect(
      value<ImportResult>(target.invoke('import:proposalsCommit', { text: csv, mapping: preview.mapping })),
    ).toEqual({ added: 3, duplicates: 0 });
    expect(jobFields(target)).toEqual(jobFields(source));
    expect(jobFields(target)[0]![2]).toMatchObject({ hourlyMaxCents: 5050, clientMemberSince: '2019-03-12' });
    // Every column the export writes comes back as it was: the target's export is the source's.
    expect(value<ExportFile>(target.invoke('export:proposalsCsv', undefined)).text).toBe(csv);
  });

  it('reads the columns under any case or spacing, and refuses bad cells by line and column, writing nothing', () => {
    const a = app();
    const sheet = [
      'Date,Job,Experience Level,hourly min,Hourly max,project_type,connects_required,client_member_since',
      '2026-11-02,Good,Expert,25,$50.00,One-time,16,2019-03-12',
      '2026-11-03,Bad level,guru,,,,,',
      '2026-11-04,Bad money and count,,abc,,,2.5,',
      '2026-11-05,Bad date,,,,,,2019-02-30',
      '2026-11-06,Range high to low,,60,30,,,',
    ].join('\r\n');
    const p = value<ProposalImportPreview>(a.invoke('import:proposalsPreview', { text: sheet }));
    expect(
      p.rejected.map((r) => [
        r.line,
        r.key.replace('money.import.problems.', ''),
        r.params.column ?? r.params.field,
        r.params.problem,
      ]),
    ).toEqual([
      [3, 'badColumn', 'Experience Level', 'validation.notAllowed'],
      [4, 'badColumn', 'hourly min', 'validation.money'],
      [4, 'badColumn', 'connects_required', 'validation.wholeNumber'],
      [5, 'badColumn', 'client_member_since', 'validation.date'],
      [6, 'invalidField', 'Hourly max', 'validation.rangeOrder'],
    ]);
    expect(p.canCommit).toBe(false);
    expect(a.invoke('import:proposalsCommit', { text: sheet, mapping: p.mapping })).toMatchObject({ ok: false });
    expect(value<ProposalPage>(a.invoke('proposals:list', {})).total).toBe(0);

    // The good row alone goes in with its values read.
    const good = sheet.split('\r\n').slice(0, 2).join('\r\n');
    value(a.invoke('import:proposalsCommit', { text: good }));
    expect(jobFields(a)[0]![2]).toMatchObject({
      experienceLevel: 'expert',
      hourlyMinCents: 2500,
      hourlyMaxCents: 5000,
      projectType: 'one_time',
      connectsRequired: 16,
      clientMemberSince: '2019-03-12',
      clientHires: null,
    });
  });

  it("reads the first version's columns strictly: a sheet's yes/no and stars, and refuses what is not one", () => {
    const a = app();
    const sheet = [
      'Date,Job,Source,Client payment verified,client_rating,proposals_band,minutes_after_posting',
      '2026-11-02,Good,Most recent,yes,4.5,lt5,7',
      '2026-11-03,Bad,LinkedIn,maybe,4 stars,a few,',
    ].join('\r\n');
    const p = value<ProposalImportPreview>(a.invoke('import:proposalsPreview', { text: sheet }));
    expect(p.rejected.map((r) => [r.line, r.params.column, r.params.problem])).toEqual([
      [3, 'Source', 'validation.notAllowed'],
      [3, 'Client payment verified', 'validation.notAllowed'],
      [3, 'client_rating', 'validation.number'],
      [3, 'proposals_band', 'validation.notAllowed'],
    ]);
    value(a.invoke('import:proposalsCommit', { text: sheet.split('\r\n').slice(0, 2).join('\r\n') }));
    const [row] = value<ProposalPage>(a.invoke('proposals:list', {})).rows;
    expect(value<Proposal>(a.invoke('proposals:get', { id: row!.id }))).toMatchObject({
      source: 'most_recent',
      clientPaymentVerified: true,
      clientRating: 4.5,
      proposalsBand: 'lt5',
      minutesAfterPosting: 7,
    });
  });
});
