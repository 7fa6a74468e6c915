import { describe, expect, it } from 'vitest';
import type { WeekStart } from '@shared/domain/settings';
import { isLocalDate, localDateOf, weekOf, weekOfLocalDate, weeksBetween } from '@shared/metrics/weeks';

const HOUR = 3_600_000;

describe('weekOf: the week an instant falls in, cut in the user zone and week start', () => {
  const cases: {
    name: string;
    instant: string;
    zone: string;
    start: WeekStart;
    week: string;
    startsAt: string;
    endsAt: string;
  }[] = [
    {
      name: 'Monday weeks in UTC',
      instant: '2026-11-18T12:00:00.000Z',
      zone: 'UTC',
      start: 'monday',
      week: '2026-11-16',
      startsAt: '2026-11-16T00:00:00.000Z',
      endsAt: '2026-11-23T00:00:00.000Z',
    },
    {
      name: 'Sunday 23:30 in New York is still the Monday week, though it is Monday in UTC',
      instant: '2026-11-23T04:30:00.000Z',
      zone: 'America/New_York',
      start: 'monday',
      week: '2026-11-16',
      startsAt: '2026-11-16T05:00:00.000Z',
      endsAt: '2026-11-23T05:00:00.000Z',
    },
    {
      name: 'Monday 01:00 in Manila belongs to the new week though it is Sunday in UTC',
      instant: '2026-11-22T17:00:00.000Z',
      zone: 'Asia/Manila',
      start: 'monday',
      week: '2026-11-23',
      startsAt: '2026-11-22T16:00:00.000Z',
      endsAt: '2026-11-29T16:00:00.000Z',
    },
    {
      name: 'Sunday week start',
      instant: '2026-11-18T12:00:00.000Z',
      zone: 'UTC',
      start: 'sunday',
      week: '2026-11-15',
      startsAt: '2026-11-15T00:00:00.000Z',
      endsAt: '2026-11-22T00:00:00.000Z',
    },
    {
      name: 'Saturday week start, on the Saturday itself',
      instant: '2026-11-21T00:00:00.000Z',
      zone: 'UTC',
      start: 'saturday',
      week: '2026-11-21',
      startsAt: '2026-11-21T00:00:00.000Z',
      endsAt: '2026-11-28T00:00:00.000Z',
    },
    {
      name: 'spring forward inside the week (New York, 8 March 2026): 167 hours',
      instant: '2026-03-10T12:00:00.000Z',
      zone: 'America/New_York',
      start: 'sunday',
      week: '2026-03-08',
      startsAt: '2026-03-08T05:00:00.000Z',
      endsAt: '2026-03-15T04:00:00.000Z',
    },
    {
      name: 'fall back inside the week (Berlin, 25 October 2026): 169 hours',
      instant: '2026-10-22T12:00:00.000Z',
      zone: 'Europe/Berlin',
      start: 'monday',
      week: '2026-10-19',
      startsAt: '2026-10-18T22:00:00.000Z',
      endsAt: '2026-10-25T23:00:00.000Z',
    },
    {
      name: 'midnight skipped by DST (São Paulo, 4 November 2018): the week starts at 01:00',
      instant: '2018-11-05T12:00:00.000Z',
      zone: 'America/Sao_Paulo',
      start: 'sunday',
      week: '2018-11-04',
      startsAt: '2018-11-04T03:00:00.000Z',
      endsAt: '2018-11-11T02:00:00.000Z',
    },
    {
      name: 'year boundary: 1 January 2027 (a Friday) is in the week of Monday 28 December 2026',
      instant: '2027-01-01T10:00:00.000Z',
      zone: 'Europe/London',
      start: 'monday',
      week: '2026-12-28',
      startsAt: '2026-12-28T00:00:00.000Z',
      endsAt: '2027-01-04T00:00:00.000Z',
    },
    {
      name: 'year boundary reached earlier east: 31 Dec 11:00 UTC is already 2026 in Kiritimati (+14)',
      instant: '2025-12-31T11:00:00.000Z',
      zone: 'Pacific/Kiritimati',
      start: 'sunday',
      week: '2025-12-28',
      startsAt: '2025-12-27T10:00:00.000Z',
      endsAt: '2026-01-03T10:00:00.000Z',
    },
    {
      name: 'leap day',
      instant: '2028-02-29T12:00:00.000Z',
      zone: 'UTC',
      start: 'monday',
      week: '2028-02-28',
      startsAt: '2028-02-28T00:00:00.000Z',
      endsAt: '2028-03-06T00:00:00.000Z',
    },
  ];

  it.each(cases)('$name', ({ instant, zone, start, week, startsAt, endsAt }) => {
    expect(weekOf(instant, zone, start)).toEqual({ weekStart: week, startsAt, endsAt });
  });

  it('DST weeks really are 167 and 169 hours long', () => {
    const spring = weekOf('2026-03-10T12:00:00.000Z', 'America/New_York', 'sunday');
    const fall = weekOf('2026-10-22T12:00:00.000Z', 'Europe/Berlin', 'monday');
    expect((Date.parse(spring.endsAt) - Date.parse(spring.startsAt)) / HOUR).toBe(167);
    expect((Date.parse(fall.endsAt) - Date.parse(fall.startsAt)) / HOUR).toBe(169);
  });

  it('the first and last instants of a week map to it, the end instant to the next', () => {
    const week = weekOf('2026-11-18T12:00:00.000Z', 'Asia/Kolkata', 'monday');
    expect(weekOf(week.startsAt, 'Asia/Kolkata', 'monday').weekStart).toBe(week.weekStart);
    expect(weekOf(new Date(Date.parse(week.endsAt) - 1), 'Asia/Kolkata', 'monday').weekStart).toBe(week.weekStart);
    expect(weekOf(week.endsAt, 'Asia/Kolkata', 'monday').weekStart).toBe('2026-11-23');
  });
});

describe('weeksBetween', () => {
  it('covers the range with contiguous weeks, across DST and a year boundary', () => {
    const weeks = weeksBetween('2026-10-01T00:00:00.000Z', '2027-01-10T00:00:00.000Z', 'America/New_York', 'monday');
    expect(weeks[0]!.weekStart).toBe('2026-09-28');
    expect(weeks.at(-1)!.weekStart).toBe('2027-01-04');
    expect(weeks).toHaveLength(15);
    weeks.slice(1).forEach((week, i) => expect(week.startsAt).toBe(weeks[i]!.endsAt));
  });

  it('is empty for an empty or reversed range, and capped', () => {
    expect(weeksBetween('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'UTC', 'monday')).toEqual([]);
    expect(weeksBetween('2026-02-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'UTC', 'monday')).toEqual([]);
    expect(weeksBetween('2000-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z', 'UTC', 'monday', 10)).toHaveLength(10);
  });
});

describe('local dates', () => {
  it.each([
    ['2026-11-16', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
    ['2026-11-16T00:00', false],
    ["2026-11-16' OR 1=1", false],
  ])('isLocalDate(%j) = %s', (value, valid) => {
    expect(isLocalDate(value)).toBe(valid);
  });

  it('weekOfLocalDate finds the week of any day in it', () => {
    expect(weekOfLocalDate('2026-11-22', 'UTC', 'monday').weekStart).toBe('2026-11-16');
    expect(weekOfLocalDate('2026-11-22', 'UTC', 'sunday').weekStart).toBe('2026-11-22');
    expect(localDateOf('2026-11-22T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-11-23');
  });
});
