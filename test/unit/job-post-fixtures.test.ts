import { describe, expect, it } from 'vitest';
import { proposalFieldsSchema } from '@shared/contract/proposals';
import type { JobPostFields } from '@shared/job-post/fields';
import { parseJobPost } from '@shared/job-post/parse';
import { fixtureText } from '../support/fixtures';

// Each fixture is a page text written for these tests in the layout of a select-all copy of an
// Upwork job page; every expected value below was read off the fixture by hand.

/** When the fixtures were "copied": every "Posted ... ago" counts back from here. */
const COPIED_AT = '2026-11-20T10:00:00.000Z';
const HOUR = 3_600_000;
const before = (hours: number) => new Date(Date.parse(COPIED_AT) - hours * HOUR).toISOString();

const parse = (name: string) => parseJobPost(fixtureText(`job-posts/${name}`), { now: COPIED_AT });

const FIXTURES: Record<string, JobPostFields> = {
  'hourly-full.txt': {
    jobTitle: 'Shopify storefront speed fixes and theme cleanup',
    jobUrl: 'https://www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1',
    jobId: '~01d4e5f6a7b8c9d0e1',
    // "Posted 2 hours ago": between 3 and 1.5 hours before the copy.
    posted: { earliest: before(3), latest: before(1.5) },
    jobType: 'hourly',
    hourlyMinCents: 2500,
    hourlyMaxCents: 5000,
    experienceLevel: 'intermediate',
    projectLength: '1to3months',
    projectType: 'ongoing',
    skills: [
      'Shopify',
      'Liquid',
      'JavaScript',
      'Web Performance Optimization',
      'Shopify Theme',
      'Google PageSpeed Insights',
    ],
    proposalsBand: '20to50',
    connectsRequired: 16,
    clientPaymentVerified: true,
    clientRating: 4.85,
    clientReviewCount: 12,
    clientCountry: 'United States',
    clientJobsPosted: 23,
    clientHireRate: 78,
    clientOpenJobs: 2,
    clientTotalSpentCents: 1_200_000,
    clientHires: 15,
    clientActiveHires: 3,
    clientMemberSince: '2019-03-12',
  },
  'fixed-full.txt': {
    jobTitle: 'Migrate a .NET Framework 4.8 API to ASP.NET Core 8',
    posted: { earliest: before(48), latest: COPIED_AT }, // "Posted yesterday"
    jobType: 'fixed',
    fixedBudgetCents: 150_000,
    experienceLevel: 'expert',
    projectLength: 'lt1month',
    projectType: 'one_time',
    skills: ['ASP.NET Core', 'C#', '.NET Framework', 'Docker', 'Microsoft SQL Server', 'Entity Framework'],
    proposalsBand: 'lt5',
    connectsRequired: 8,
    clientPaymentVerified: true,
    clientRating: 4.72,
    clientReviewCount: 186,
    clientCountry: 'United Kingdom',
    clientJobsPosted: 412,
    clientHireRate: 64,
    clientOpenJobs: 11,
    clientTotalSpentCents: 120_000_000,
    clientHires: 230,
    clientActiveHires: 41,
    clientMemberSince: '2014-11-03',
  },
  'fixed-new-client.txt': {
    jobTitle: 'Copy product prices from PDF catalogues into a Google Sheet',
    posted: { earliest: before(4 * 7 * 24), latest: before(2.5 * 7 * 24) }, // "Posted 3 weeks ago"
    jobType: 'fixed',
    fixedBudgetCents: 5000,
    experienceLevel: 'entry',
    projectType: 'one_time',
    skills: ['Data Entry', 'Microsoft Excel', 'Google Sheets', 'Copy & Paste'],
    proposalsBand: '50plus',
    connectsRequired: 4,
    // Unverified, "Rating is 0 out of 5." (no rating yet), no spend or hires shown.
    clientPaymentVerified: false,
    clientCountry: 'India',
    clientJobsPosted: 1,
    clientHireRate: 0,
    clientOpenJobs: 1,
    clientMemberSince: '2026-10-28',
  },
  'public-logged-out.txt': {
    jobTitle: 'Real-time dashboards for a fleet telematics product (React + D3)',
    posted: { earliest: before(7), latest: before(5.5) },
    jobType: 'hourly',
    hourlyMinCents: 4000,
    hourlyMaxCents: 7500,
    experienceLevel: 'expert',
    projectLength: '3to6months',
    projectType: 'complex',
    skills: ['React', 'D3.js', 'TypeScript', 'WebSocket', 'Data Visualization'],
    proposalsBand: '5to10',
    // Logged out, the card shows only these; the footer's "Rating is 4.9 out of 5." is Upwork's own.
    clientCountry: 'Spain',
    clientMemberSince: '2021-06-19',
  },
  'partial-client-card.txt': {
    clientPaymentVerified: true,
    clientRating: 4.58,
    clientReviewCount: 31,
    clientCountry: 'Canada',
    clientJobsPosted: 57,
    clientHireRate: 91,
    clientOpenJobs: 4,
    clientTotalSpentCents: 8_600_000,
    clientHires: 63,
    clientActiveHires: 9,
    clientMemberSince: '2017-08-01',
  },
  'partial-top.txt': {
    jobTitle: 'Virtual assistant for podcast guest booking',
    posted: { earliest: before(36 / 60), latest: before(34.5 / 60) },
    jobType: 'hourly',
    hourlyMinCents: 1200,
    hourlyMaxCents: 1800,
    experienceLevel: 'entry',
    projectLength: 'gt6months',
    projectType: 'ongoing',
    skills: ['Email Communication', 'Calendar Management', 'Podcast', 'Google Workspace'],
  },
  'reordered.txt': {
    jobTitle: 'Logo refresh for a craft brewery',
    jobUrl: 'https://www.upwork.com/jobs/~0140c0a9e4c7bb4e2a',
    jobId: '~0140c0a9e4c7bb4e2a',
    posted: { earliest: before(51 / 60), latest: before(49.5 / 60) },
    jobType: 'fixed',
    fixedBudgetCents: 75_000,
    experienceLevel: 'intermediate',
    projectLength: 'lt1month',
    projectType: 'one_time',
    skills: ['Logo Design', 'Adobe Illustrator', 'Brand Identity'],
    proposalsBand: '15to20',
    connectsRequired: 12,
    clientPaymentVerified: true,
    clientRating: 5,
    clientReviewCount: 3,
    clientCountry: 'Ireland',
    clientJobsPosted: 4,
    clientHireRate: 75,
    clientOpenJobs: 1,
    clientTotalSpentCents: 230_000,
    clientHires: 3,
    clientActiveHires: 0,
    clientMemberSince: '2023-02-09',
  },
  // German number formats, no-break spaces before "$" and "%", a 24-hour local time.
  'locale-de.txt': {
    jobTitle: 'Telemetry ingestion service in Go for an agritech startup',
    posted: { earliest: before(5), latest: before(3.5) },
    jobType: 'hourly',
    hourlyMinCents: 2500,
    hourlyMaxCents: 5000,
    experienceLevel: 'expert',
    projectLength: '1to3months',
    projectType: 'ongoing',
    skills: ['Go', 'MQTT', 'TimescaleDB', 'PostgreSQL', 'REST API'],
    proposalsBand: '10to15',
    connectsRequired: 16,
    clientPaymentVerified: true,
    clientRating: 4.85,
    clientReviewCount: 12,
    clientCountry: 'Germany',
    clientJobsPosted: 1034,
    clientHireRate: 78,
    clientOpenJobs: 2,
    clientTotalSpentCents: 120_000_000,
    clientHires: 1012,
    clientActiveHires: 87,
    clientMemberSince: '2019-03-12',
  },
  // French formats (narrow no-break spaces between thousands, "$US"), Windows line endings and a
  // zero-width space after "Proposals:".
  'locale-fr-crlf.txt': {
    jobTitle: 'Bilingual French/English product manual translation (DOCX, 38 pages)',
    posted: { earliest: before(10 * 24), latest: before(8.5 * 24) },
    jobType: 'fixed',
    fixedBudgetCents: 250_000,
    experienceLevel: 'intermediate',
    projectLength: 'lt1month',
    projectType: 'one_time',
    skills: ['English to French Translation', 'Technical Translation', 'Microsoft Word', 'Proofreading'],
    proposalsBand: '5to10',
    connectsRequired: 12,
    clientPaymentVerified: true,
    clientRating: 4.76,
    clientReviewCount: 29,
    clientCountry: 'France',
    clientJobsPosted: 1034,
    clientHireRate: 83,
    clientOpenJobs: 1,
    clientTotalSpentCents: 1_200_000,
    clientHires: 41,
    clientActiveHires: 6,
    clientMemberSince: '2016-09-27',
  },
  // Swiss formats: "$ 3’400.00".
  'locale-ch.txt': {
    jobTitle: 'Power BI sales dashboard from our ERP exports',
    posted: { earliest: before(13 / 60), latest: before(11.5 / 60) },
    jobType: 'fixed',
    fixedBudgetCents: 340_000,
    experienceLevel: 'expert',
    projectLength: '1to3months',
    projectType: 'complex',
    skills: ['Microsoft Power BI', 'Data Modeling', 'DAX', 'Power Query'],
    proposalsBand: 'lt5',
    connectsRequired: 14,
    clientPaymentVerified: true,
    clientRating: 4.93,
    clientReviewCount: 44,
    clientCountry: 'Switzerland',
    clientJobsPosted: 61,
    clientHireRate: 69,
    clientOpenJobs: 3,
    clientTotalSpentCents: 21_000_000,
    clientHires: 52,
    clientActiveHires: 4,
    clientMemberSince: '2018-01-15',
  },
};

describe('pasted job pages fill known fields', () => {
  it.each(Object.entries(FIXTURES))('%s', (name, fields) => {
    expect(parse(name)).toEqual({ fields, ambiguous: [] });
  });

  it('reads the same page whatever its line endings', () => {
    const text = fixtureText('job-posts/hourly-full.txt');
    const windows = parseJobPost(text.replace(/\n/g, '\r\n'), { now: COPIED_AT });
    const oldMac = parseJobPost(text.replace(/\n/g, '\r'), { now: COPIED_AT });
    expect(windows.fields).toEqual(FIXTURES['hourly-full.txt']);
    expect(oldMac.fields).toEqual(FIXTURES['hourly-full.txt']);
  });

  it('reads a page with a very long description (200 KB) to the same fields', () => {
    const text = fixtureText('job-posts/hourly-full.txt');
    const paragraph = 'We also sell tents, stoves and rain gear; the collection pages carry 48 products each. ';
    const long = Array.from({ length: 800 }, (_, i) => paragraph.repeat(1 + (i % 5))).join('\n\n');
    const padded = text.replace('Please start your proposal', `${long}\n\nPlease start your proposal`);
    expect(padded.length).toBeGreaterThan(200_000);
    expect(parseJobPost(padded, { now: COPIED_AT }).fields).toEqual(FIXTURES['hourly-full.txt']);
  });

  it('fills nothing the proposal form would refuse', () => {
    for (const name of Object.keys(FIXTURES)) {
      const { fields } = parse(name);
      const form = {
        jobTitle: fields.jobTitle ?? 'A title typed by hand',
        jobUrl: fields.jobUrl ?? null,
        skills: fields.skills ?? [],
        jobType: fields.jobType ?? null,
        clientCountry: fields.clientCountry ?? null,
        clientPaymentVerified: fields.clientPaymentVerified ?? null,
        clientHireRate: fields.clientHireRate ?? null,
        clientTotalSpentCents: fields.clientTotalSpentCents ?? null,
        clientRating: fields.clientRating ?? null,
        proposalsBand: fields.proposalsBand ?? null,
        connectsSpent: fields.connectsRequired ?? 0,
      };
      expect(proposalFieldsSchema.safeParse(form).success, name).toBe(true);
    }
  });
});

describe('a pasted job link alone', () => {
  const id = '~01d4e5f6a7b8c9d0e1';
  const canonical = `https://www.upwork.com/jobs/${id}`;

  it.each([
    canonical,
    `  ${canonical}/\n`,
    'https://www.upwork.com/jobs/Shopify-storefront-speed-fixes_~01D4E5F6A7B8C9D0E1/',
    'https://www.upwork.com/freelance-jobs/apply/Shopify-storefront-speed-fixes_~01d4e5f6a7b8c9d0e1/',
    'https://www.upwork.com/nx/proposals/job/~01d4e5f6a7b8c9d0e1/apply/',
    'https://www.upwork.com/nx/find-work/best-matches/details/~01d4e5f6a7b8c9d0e1?pageTitle=Job%20Details',
    'https://www.upwork.com/ab/proposals/job/~01d4e5f6a7b8c9d0e1/apply/?referrer_url_path=%2Fnx%2Fsearch%2Fjobs%2Fdetails%2F~01d4e5f6a7b8c9d0e1',
    'www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1',
    `(${canonical}).`,
  ])('%s fills the link and the job id', (text) => {
    expect(parseJobPost(text, { now: COPIED_AT })).toEqual({ fields: { jobUrl: canonical, jobId: id }, ambiguous: [] });
  });

  it('keeps the ids of newer, all-digit jobs', () => {
    const link = 'https://www.upwork.com/jobs/~021795434375372212345';
    expect(parseJobPost(link, { now: COPIED_AT }).fields).toEqual({ jobUrl: link, jobId: '~021795434375372212345' });
  });

  it.each([
    ['another site', 'https://www.upwork.com.evil.example/jobs/~01d4e5f6a7b8c9d0e1'],
    ['a user name before the host', 'https://www.upwork.com@evil.example/jobs/~01d4e5f6a7b8c9d0e1'],
    ['an Upwork page that is not a job', 'https://www.upwork.com/nx/find-work/best-matches'],
    ['an id too short to be one', 'https://www.upwork.com/jobs/~01abc'],
    ['an id without its link', '~01d4e5f6a7b8c9d0e1'],
  ])('refuses %s', (_, text) => {
    expect(parseJobPost(text, { now: COPIED_AT }).fields).toEqual({});
  });

  it('leaves the link blank when a paste names two different jobs', () => {
    const text = `${canonical}\nhttps://www.upwork.com/jobs/~0140c0a9e4c7bb4e2a`;
    expect(parseJobPost(text, { now: COPIED_AT })).toEqual({ fields: {}, ambiguous: ['jobId', 'jobUrl'] });
  });
});
