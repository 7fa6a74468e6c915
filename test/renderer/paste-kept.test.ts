import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProposalDetail } from '@shared/domain/proposal';
import { parseJobPost } from '@shared/job-post/parse';
import { fillFromJobPost } from '@renderer/proposals/job-post-fill';
import { emptyForm, formFromProposal, formToInput } from '@renderer/proposals/proposal-form-model';
import { fixtureText } from '../support/fixtures';
import { testApp } from '../support/temp-db';
import { fieldsOf, value } from '../support/results';

const NOW = '2026-11-20T10:00:00.000Z';
let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp(NOW);
});
afterEach(() => app.cleanup());

/** What the log form sends for a pasted job post: the paste fills the form, the form makes the input. */
function pastedInput(fixture: string) {
  const { fields } = parseJobPost(fixtureText(`job-posts/${fixture}`), { now: NOW });
  const { values } = fillFromJobPost(emptyForm(), fields, NOW);
  const result = formToInput(values, 'UTC');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.input;
}

describe('a pasted job post, saved and read back', () => {
  it('keeps the job and client fields the paste read', () => {
    const created = value<{ id: number }>(app.invoke('proposals:create', pastedInput('hourly-full.txt')));
    const detail = value<ProposalDetail>(app.invoke('proposals:get', { id: created.id }));
    expect(detail).toMatchObject({
      jobTitle: 'Shopify storefront speed fixes and theme cleanup',
      experienceLevel: 'intermediate',
      projectLength: '1to3months',
      clientRating: 4.85,
      clientReviewCount: 12,
      clientCountry: 'United States',
      clientJobsPosted: 23,
      clientHireRate: 78,
      clientOpenJobs: 2,
      clientTotalSpentCents: 1_200_000,
      clientHires: 15,
      clientMemberSince: '2019-03-12',
      hourlyMinCents: 2500,
      hourlyMaxCents: 5000,
      fixedBudgetCents: null,
      projectType: 'ongoing',
      connectsRequired: 16,
      connectsSpent: 16,
      clientActiveHires: 3,
    });
    // Edited through the form and saved again, nothing is lost.
    const again = formToInput(formFromProposal(detail, 'UTC'), 'UTC');
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    const updated = value<ProposalDetail>(app.invoke('proposals:update', { id: created.id, fields: again.input }));
    expect(updated).toMatchObject({
      clientHires: 15,
      clientMemberSince: '2019-03-12',
      experienceLevel: 'intermediate',
      hourlyMinCents: 2500,
      hourlyMaxCents: 5000,
      projectType: 'ongoing',
      connectsRequired: 16,
      clientActiveHires: 3,
    });
  });

  it("keeps a fixed-price post's budget, not an hourly range", () => {
    const created = value<{ id: number }>(app.invoke('proposals:create', pastedInput('fixed-full.txt')));
    const detail = value<ProposalDetail>(app.invoke('proposals:get', { id: created.id }));
    expect(detail).toMatchObject({
      jobType: 'fixed',
      fixedBudgetCents: 150_000,
      hourlyMinCents: null,
      hourlyMaxCents: null,
      projectType: 'one_time',
      connectsRequired: 8,
      clientActiveHires: 41,
    });
  });

  it('leaves blank what a partial paste did not show', () => {
    const created = value<{ id: number }>(app.invoke('proposals:create', pastedInput('partial-top.txt')));
    const detail = value<ProposalDetail>(app.invoke('proposals:get', { id: created.id }));
    expect(detail).toMatchObject({
      clientHires: null,
      clientMemberSince: null,
      clientReviewCount: null,
      clientActiveHires: null,
    });
  });

  it('refuses bad values beside their fields', () => {
    expect(
      fieldsOf(
        app.invoke('proposals:create', {
          jobTitle: 'A',
          clientHires: -1,
          clientMemberSince: '2019-02-30',
          experienceLevel: 'guru',
          projectType: 'forever',
          connectsRequired: 2.5,
          fixedBudgetCents: -100,
        }),
      ),
    ).toEqual([
      'experienceLevel:validation.notAllowed',
      'clientHires:validation.tooSmall',
      'clientMemberSince:validation.date',
      'fixedBudgetCents:validation.tooSmall',
      'projectType:validation.notAllowed',
      'connectsRequired:validation.wholeNumber',
    ]);
    // An hourly range that reads high to low is refused at its top (the form shows it beside "up to").
    expect(
      fieldsOf(app.invoke('proposals:create', { jobTitle: 'A', hourlyMinCents: 6000, hourlyMaxCents: 3000 })),
    ).toEqual(['hourlyMaxCents:validation.rangeOrder']);
  });
});
