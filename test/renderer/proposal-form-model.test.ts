import { describe, expect, it } from 'vitest';
import { fromLocalInput, parseMoney, toLocalInput } from '@renderer/forms/values';
import { emptyForm, formFromProposal, formToInput } from '@renderer/proposals/proposal-form-model';

describe('parseMoney', () => {
  it.each([
    ['45', 4500],
    ['45.5', 4550],
    ['$1,250.50', 125050],
    ['1250.50', 125050],
    ['1 250', 125000],
    // What a Chinese user types: the US$ Intl shows in zh-CN, and full-width forms with the IME on.
    ['US$1,250.50', 125050],
    ['１，２５０．５０', 125050],
    ['＄45', 4500],
    ['', null],
    ['  ', null],
  ])('reads %j as %j cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it.each(['abc', '1.234', '-5', '1e3', '12.3.4', '$', 'US', 'US45'])('cannot read %j', (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });
});

describe('formToInput', () => {
  it('turns typed text into the contract input', () => {
    const result = formToInput(
      {
        ...emptyForm(),
        jobTitle: 'Logo',
        bid: '$80',
        connectsSpent: '6',
        skills: 'Figma, , Logo ',
        clientHireRate: '75%',
        clientPaymentVerified: 'yes',
      },
      'UTC',
    );
    expect(result).toEqual({
      ok: true,
      input: expect.objectContaining({
        jobTitle: 'Logo',
        bidCents: 8000,
        connectsSpent: 6,
        skills: ['Figma', 'Logo'],
        clientHireRate: 75,
        clientPaymentVerified: true,
        jobUrl: null,
      }),
    });
  });

  it('reports every unreadable field at once, each on its own field', () => {
    const result = formToInput(
      { ...emptyForm(), jobTitle: '', bid: 'lots', connectsSpent: '2.5', clientRating: 'five', jobUrl: 'ftp://x' },
      'UTC',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, v?.key]))).toEqual({
      jobTitle: 'validation.required',
      bid: 'validation.money',
      connectsSpent: 'validation.wholeNumber',
      clientRating: 'validation.number',
      jobUrl: 'validation.httpUrl',
    });
  });

  it("says beside the field when the job's hourly range reads high to low or a price is unreadable", () => {
    const result = formToInput(
      { ...emptyForm(), jobTitle: 'T', hourlyMin: '60', hourlyMax: '30', fixedBudget: 'lots' },
      'UTC',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, v?.key]))).toEqual({
      hourlyMax: 'validation.rangeOrder',
      fixedBudget: 'validation.money',
    });
  });

  /** The fields a pasted post fills since migrations 12 and 14. */
  const JOB_AND_CLIENT = {
    experienceLevel: 'expert',
    projectLength: '1to3months',
    clientReviewCount: 12,
    clientJobsPosted: 30,
    clientOpenJobs: 2,
    clientHires: 18,
    clientMemberSince: '2019-03-12',
    hourlyMinCents: 2500,
    hourlyMaxCents: 5050,
    fixedBudgetCents: null,
    projectType: 'ongoing',
    connectsRequired: 16,
    clientActiveHires: 3,
  } as const;

  it('round-trips a stored proposal through the form', () => {
    const values = formFromProposal(
      {
        id: 1,
        status: 'sent',
        statusAt: '2026-11-01T10:00:00.000Z',
        createdAt: '',
        updatedAt: '',
        sentAt: '2026-11-01T10:00:00.000Z',
        profileId: 1,
        jobTitle: 'T',
        jobUrl: 'https://u.example/j',
        category: null,
        skills: ['A', 'B'],
        jobType: 'fixed',
        bidCents: 125050,
        connectsSpent: 12,
        boostConnects: 0,
        source: 'invite',
        clientCountry: 'Kenya',
        clientPaymentVerified: false,
        clientHireRate: 40,
        clientTotalSpentCents: 1000000,
        clientRating: 4.8,
        proposalsBand: '5to10',
        minutesAfterPosting: 30,
        coverLetter: 'Hi',
        notes: null,
        ...JOB_AND_CLIENT,
      },
      'America/New_York',
    );
    expect(values.sentAt).toBe('2026-11-01T05:00');
    const result = formToInput(values, 'America/New_York');
    expect(result).toMatchObject({
      ok: true,
      input: {
        sentAt: '2026-11-01T10:00:00.000Z',
        bidCents: 125050,
        skills: ['A', 'B'],
        clientPaymentVerified: false,
        clientTotalSpentCents: 1000000,
        clientRating: 4.8,
        ...JOB_AND_CLIENT,
      },
    });
  });
});

describe('datetime-local values in the user zone', () => {
  it.each([
    // zone, typed, stored
    ['UTC', '2026-11-22T09:30', '2026-11-22T09:30:00.000Z'],
    ['Asia/Manila', '2026-11-22T09:30', '2026-11-22T01:30:00.000Z'],
    ['America/New_York', '2026-03-08T03:30', '2026-03-08T07:30:00.000Z'], // just after the spring-forward gap
    ['America/New_York', '2026-11-01T00:30', '2026-11-01T04:30:00.000Z'],
  ])('in %s, %s is %s and back', (zone, typed, stored) => {
    expect(fromLocalInput(typed, zone)).toBe(stored);
    expect(toLocalInput(stored, zone)).toBe(typed);
  });

  it.each(['', 'yesterday', '2026-11-22', '2026-13-01T10:00', '2026-02-30T10:00', '2026-11-22T24:10'])(
    'cannot read %j',
    (typed) => {
      expect(fromLocalInput(typed, 'UTC')).toBeUndefined();
    },
  );
});
