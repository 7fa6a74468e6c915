import { describe, expect, it } from 'vitest';
import { readCount, readDollarsAsCents, readNumber } from '@shared/job-post/numbers';
import { parseJobPost } from '@shared/job-post/parse';
import { minutesAfterPosting, postedWindow } from '@shared/job-post/posted';

const NOW = '2026-11-20T10:00:00.000Z';
const at = Date.parse(NOW);
const minutesBefore = (minutes: number) => new Date(at - minutes * 60_000).toISOString();

describe('numbers in any browser language', () => {
  it.each([
    ['1234.56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1 234,56', 1234.56],
    ["1'234.56", 1234.56],
    ['1\u2019234.50', 1234.5],
    ['12,34,567.50', 1234567.5],
    ['4,85', 4.85],
    ['4.9', 4.9],
    ['1,2', 1.2],
    // A lone separator before three digits groups thousands: no figure here has three decimals.
    ['1,234', 1234],
    ['1.234', 1234],
    ['1.234.567', 1234567],
  ])('%s is %d', (text, value) => {
    expect(readNumber(text, 2)).toBe(value);
  });

  it.each(['', '1,2345', '1.234.56', '1,23,4', '1,5 000', '1 23', '12.5.3', '1..2', '.5', '5.', '1,234.567', 'abc'])(
    '"%s" is unreadable',
    (text) => {
      expect(readNumber(text, 2)).toBeUndefined();
    },
  );

  it('reads counts only as whole numbers', () => {
    expect(readCount('1.034')).toBe(1034);
    expect(readCount('1 034')).toBe(1034);
    expect(readCount('4,5')).toBeUndefined();
  });

  it.each([
    ['$25.00', 2500],
    ['$25', 2500],
    ['25,00 $', 2500],
    ['25,00 $US', 2500],
    ['US$ 1.234,56', 123456],
    ['USD 25.00', 2500],
    ['25.00 USD', 2500],
    ['$ 3\u2019400.00', 340000],
    ['$12K', 1_200_000],
    ['$5.9K', 590_000],
    ['$1.2M', 120_000_000],
    ['1,2 Mio. $', 120_000_000],
    ['12 k $US', 1_200_000],
    ['$1K+', 100_000],
  ])('%s is %d cents', (text, cents) => {
    expect(readDollarsAsCents(text)).toBe(cents);
  });

  it.each(['25.00', '€25.00', '25,00 €', '-$25.00', '$1.2B', '$', '$1,2345', '$250M'])('"%s" is not read', (text) => {
    expect(readDollarsAsCents(text)).toBeUndefined();
  });
});

describe('when the job was posted', () => {
  const window = (line: string) => postedWindow(line, at);

  it.each([
    ['Posted just now', 1, 0],
    ['Posted 5 minutes ago', 6, 4.5],
    ['Posted 1 minute ago', 2, 0.5],
    ['Posted an hour ago', 120, 30],
    ['Posted 2 hours ago', 180, 90],
    ['Posted yesterday', 48 * 60, 0],
    ['Posted 3 days ago', 4 * 1440, 2.5 * 1440],
    ['Posted 3 weeks ago', 4 * 7 * 1440, 2.5 * 7 * 1440],
    ['Posted 2 months ago', 3 * 31 * 1440, 1.5 * 28 * 1440],
    ['Renewed 10 minutes ago', 11, 9.5],
  ])('"%s" went up %d to %d minutes before the paste', (line, earliest, latest) => {
    expect(window(line)).toEqual({ earliest: minutesBefore(earliest), latest: minutesBefore(latest) });
  });

  it('reads a date without a time as that day in any time zone', () => {
    expect(window('Posted Nov 18, 2026')).toEqual({
      earliest: '2026-11-17T10:00:00.000Z',
      latest: '2026-11-19T12:00:00.000Z',
    });
    expect(window('Posted on November 20, 2026')?.latest).toBe(NOW); // never after the paste
  });

  it.each([
    'Posted in Web Development',
    'Posted 2 fortnights ago',
    'Posted Nov 31, 2026',
    'Posted Dec 1, 2026',
    'Posted',
  ])('"%s" gives no time', (line) => {
    expect(window(line)).toBeUndefined();
  });

  it('fills minutes after posting only when the uncertainty cannot change its speed band', () => {
    const sentNow = (line: string) => minutesAfterPosting(window(line)!, NOW);
    // 4.5 to 6 minutes: all in the first band (under 15).
    expect(sentNow('Posted 5 minutes ago')).toEqual({ min: 4, max: 6, estimate: 5, fill: 5 });
    // 90 to 180 minutes: all in "1 to 4 hours".
    expect(sentNow('Posted 2 hours ago')).toEqual({ min: 90, max: 180, estimate: 135, fill: 135 });
    // 30 to 120 minutes straddles the one-hour edge: left for the user.
    expect(sentNow('Posted an hour ago')).toMatchObject({ min: 30, max: 120, fill: null });
    expect(sentNow('Posted yesterday').fill).toBeNull();
    // More than a day either way: the last band, whatever the truth.
    expect(sentNow('Posted 3 weeks ago')).toMatchObject({ min: 25_200, max: 40_320, fill: 32_760 });
    expect(sentNow('Posted 2 years ago').fill).toBeNull(); // past the form's one-year limit
  });

  it('counts from when the proposal is sent, not from the paste', () => {
    const posted = window('Posted 5 minutes ago')!;
    expect(minutesAfterPosting(posted, minutesBefore(-30))).toEqual({ min: 34, max: 36, estimate: 35, fill: 35 });
    expect(minutesAfterPosting(posted, minutesBefore(10)).min).toBe(0); // a clock behind: never negative
  });
});

describe('what the parser refuses to guess', () => {
  const parse = (text: string) => parseJobPost(text, { now: NOW });

  it('leaves a field blank when the paste shows two different values', () => {
    const text = ['Hourly', 'Fixed-price', 'Proposals: 5 to 10', 'Proposals: 20 to 50', '23 jobs posted'].join('\n');
    expect(parse(text)).toEqual({
      fields: { clientJobsPosted: 23 },
      ambiguous: ['jobType', 'proposalsBand'],
    });
  });

  it('takes a level word only beside its label or its sentence', () => {
    expect(parse('Expert\nIntermediate').fields).toEqual({});
    expect(parse('Experience level: Expert').fields).toEqual({ experienceLevel: 'expert' });
  });

  it('reads "Rating is 0 out of 5." and "0.00 of 0 reviews" as no rating yet', () => {
    expect(parse('Rating is 0 out of 5.\n0.00 of 0 reviews').fields).toEqual({ clientReviewCount: 0 });
  });

  it('prefers the exact rating to the rounded one', () => {
    expect(parse('Rating is 4.9 out of 5.\n4.85 of 12 reviews').fields).toMatchObject({ clientRating: 4.85 });
    expect(parse('Rating is 4.9 out of 5.').fields).toEqual({ clientRating: 4.9 });
  });

  it('refuses figures out of their range', () => {
    expect(parse('130% hire rate, 1 open job\n5.5 of 3 reviews').fields).toEqual({
      clientOpenJobs: 1,
      clientReviewCount: 3,
    });
    expect(parse('Send a proposal for: 900 Connects').fields).toEqual({});
    expect(parse('Member since Mar 12, 1970\nMember since Mar 12, 2031').fields).toEqual({});
  });

  it('takes no title without the "Posted" line under it', () => {
    expect(parse('Shopify storefront speed fixes\nWorldwide').fields).toEqual({});
  });

  it("takes the country only above the client's local time", () => {
    expect(parse('About the client\nUnited States\n23 jobs posted').fields).toEqual({ clientJobsPosted: 23 });
    expect(parse('About the client\nPhone number verified\n3:04 AM').fields).toEqual({});
  });

  it("reads the search feed's summary line", () => {
    const tile = 'Posted 4 minutes ago\nBuild a Webflow landing page\nFixed-price - Entry level - Est. Budget: $300';
    expect(parse(tile).fields).toMatchObject({ jobType: 'fixed', experienceLevel: 'entry', fixedBudgetCents: 30_000 });
  });
});
