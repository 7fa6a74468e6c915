import { describe, expect, it } from 'vitest';
import {
  dueReview,
  lastReviewMoment,
  nextReviewMoment,
  reviewedWeek,
  type ReviewSchedule,
} from '@shared/review/schedule';

// The weekly review's timing in the user's zone, across the spring daylight-saving changes of
// 2027 (Europe/Berlin on Sunday March 28, America/New_York on Sunday March 14). "Now" is always
// an argument: no test reads the clock.

const berlin: ReviewSchedule = { zone: 'Europe/Berlin', weekStart: 'monday', day: 'monday', time: '09:00' };
const newYork: ReviewSchedule = { ...berlin, zone: 'America/New_York' };
const at = (iso: string) => new Date(iso);

describe('when the weekly review is due', () => {
  it.each<[string, ReviewSchedule, string, string | null, string | null]>([
    // Berlin, Monday 09:00: CET (UTC+1) before March 28, CEST (UTC+2) after.
    ['Berlin, a minute before 09:00 CEST: last week was shown', berlin, '2027-03-29T06:59:00Z', '2027-03-15', null],
    ['Berlin, 09:00 CEST on the Monday after the change', berlin, '2027-03-29T07:00:00Z', '2027-03-15', '2027-03-22'],
    ['Berlin, the Monday before: 09:00 CET is 08:00 UTC', berlin, '2027-03-22T07:59:00Z', '2027-03-08', null],
    ['Berlin, the Monday before, at 09:00 CET', berlin, '2027-03-22T08:00:00Z', '2027-03-08', '2027-03-15'],
    // New York, Monday 09:00: EST (UTC-5) on March 8, EDT (UTC-4) on March 15.
    ['New York, 09:00 EDT on the Monday after the change', newYork, '2027-03-15T13:00:00Z', '2027-03-01', '2027-03-08'],
    ['New York, 08:59 EDT: not yet', newYork, '2027-03-15T12:59:00Z', '2027-03-01', null],
    ['New York, 09:00 EST the Monday before', newYork, '2027-03-08T14:00:00Z', '2027-02-22', '2027-03-01'],
    // The app was closed at the moment: the review waits, and only the latest week is due.
    ['closed for two weeks, opened on a Wednesday', berlin, '2027-03-31T10:00:00Z', '2027-03-08', '2027-03-22'],
    ['never shown before', berlin, '2027-03-31T10:00:00Z', null, '2027-03-22'],
    ['already shown this week: a restart stays quiet', berlin, '2027-03-31T10:00:00Z', '2027-03-22', null],
  ])('%s', (_name, schedule, now, lastShown, due) => {
    expect(dueReview(at(now), schedule, lastShown)).toEqual(due === null ? null : { week: due });
  });

  it('waits for the next moment at the local time, whichever side of the change it falls', () => {
    expect(nextReviewMoment(at('2027-03-27T12:00:00Z'), berlin).toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(nextReviewMoment(at('2027-03-20T12:00:00Z'), berlin).toISOString()).toBe('2027-03-22T08:00:00.000Z');
    expect(nextReviewMoment(at('2027-03-10T12:00:00Z'), newYork).toISOString()).toBe('2027-03-15T13:00:00.000Z');
    // At the very moment, the next one is a week on.
    expect(nextReviewMoment(at('2027-03-29T07:00:00Z'), berlin).toISOString()).toBe('2027-04-05T07:00:00.000Z');
  });

  it('a time the clocks skip falls an hour later, on that day', () => {
    const sunday = { ...berlin, day: 'sunday' as const, time: '02:30' };
    const moment = lastReviewMoment(at('2027-03-28T12:00:00Z'), sunday);
    expect(moment.date).toBe('2027-03-28');
    expect(moment.at.toISOString()).toBe('2027-03-28T01:30:00.000Z'); // 03:30 CEST
  });

  it.each<[string, ReviewSchedule['weekStart'], string]>([
    ['a Monday review of Monday weeks looks at the week before', 'monday', '2027-03-22'],
    ['with Sunday weeks: the last whole Sunday-to-Saturday', 'sunday', '2027-03-21'],
    ['with Saturday weeks', 'saturday', '2027-03-20'],
  ])('%s', (_name, weekStart, week) => {
    expect(reviewedWeek('2027-03-29', weekStart)).toBe(week);
  });
});
