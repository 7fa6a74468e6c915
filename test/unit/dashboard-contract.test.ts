import { describe, expect, it } from 'vitest';
import { dashboardChannels } from '@shared/contract/dashboard';
import { insightChannels } from '@shared/contract/insights';

const get = dashboardChannels['dashboard:get'].input;
const week = dashboardChannels['dashboard:week'].input;
const insights = insightChannels['insights:get'].input;

describe('dashboard channel inputs refuse hostile values', () => {
  it.each([
    ['', false],
    ['2026-11-16', true],
    [' 2026-11-16 ', true],
    ['20261116', false],
    ['2026-11-16T00:00:00Z', false],
    ['2026-02-29', false],
    ['9999-99-99', false],
    // Real days, but outside the years Bidwell accepts: weeks around them cannot even be written as ISO dates.
    ['9999-12-31', false],
    ['1999-12-31', false],
    ['2000-01-01', true],
    ['2099-12-31', true],
    ['2026-11-16; DROP TABLE proposals', false],
    ['<img src=x onerror=alert(1)>', false],
    ['2026-11-1\u0666', false],
    ['x'.repeat(10_000), false],
  ])('week %j accepted: %s', (value, accepted) => {
    expect(week.safeParse({ week: value }).success).toBe(accepted);
    expect(get.safeParse({ week: value }).success).toBe(accepted);
  });

  it('says why a far-off week is refused', () => {
    const result = week.safeParse({ week: '9999-12-31' });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['validation.dateOutOfRange']);
  });

  it.each([null, 123, {}, ['2026-11-16']])('week of the wrong type (%j) is refused', (value) => {
    expect(week.safeParse({ week: value }).success).toBe(false);
  });

  it.each([
    [4, true],
    [8, true],
    [12, true],
    [undefined, true],
    [0, false],
    [5, false],
    [4.5, false],
    ['4', false],
    [null, false],
    [Number.POSITIVE_INFINITY, false],
  ])('trailing %j accepted: %s', (value, accepted) => {
    expect(get.safeParse({ trailing: value }).success).toBe(accepted);
  });

  it('defaults to 4 trailing weeks and the last week, and refuses unknown keys', () => {
    expect(get.parse({})).toEqual({ trailing: 4 });
    expect(get.safeParse({ trailing: 4, sql: 'x' }).success).toBe(false);
    expect(get.safeParse(undefined).success).toBe(false);
  });

  it.each([
    [0, true],
    [3, true],
    [6, true],
    [12, true],
    [-1, false],
    [1, false],
    [24, false],
    [6.5, false],
    [Number.NaN, false],
    ['6', false],
  ])('insights months %j accepted: %s', (value, accepted) => {
    expect(insights.safeParse({ months: value }).success).toBe(accepted);
  });

  it('defaults insights to 6 months', () => {
    expect(insights.parse({})).toEqual({ months: 6 });
  });
});
