import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HourlyRates } from '@shared/domain/hours';
import type { Contract } from '@shared/domain/money';
import { hourlyRate } from '@shared/money/hourly-rate';
import { importHoursFixtures, linkWinningProposal } from '../support/hours-fixtures';
import { value } from '../support/results';
import { testApp } from '../support/temp-db';

// Hours beside pay on a real SQLite file, against sums worked out by hand from the fixtures
// (test/db/weekly-import.test.ts lists what each file holds):
// HTML Page Builder: 21.8333 h in April 2024 (weeks of Apr 15, 22, 29) + 10 h in January 2025;
//   paid $616.67 + $290 (history, fees -$61.67 - $29) + $175 (Weekly Summary) + $500 (2025).
// React dashboard: 11.6667 h, all in weeks starting in April 2024; paid $330 (history, fee -$33)
//   + $130 + $50 bonus + $240 (Weekly Summary) = $750.
// Site audit: 1.5 h, $90 + a $200 fixed-price payment, January 2025. Logo refresh: no hours.

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
  importHoursFixtures(app);
});
afterEach(() => app.cleanup());

const wonBy = (title: string, category: string, skills: string[]) =>
  linkWinningProposal(app.db, title, category, skills);

const HTML = { seconds: 78_600 + 36_000, earnedCents: 61_667 + 29_000 + 17_500 + 50_000, feesCents: -6_167 - 2_900 };
const REACT = { seconds: 42_000, earnedCents: 33_000 + 13_000 + 5_000 + 24_000, feesCents: -3_300 };

describe('hours beside pay', () => {
  it('gives each contract its hours', () => {
    const contracts = value<Contract[]>(app.invoke('contracts:list', undefined));
    expect(Object.fromEntries(contracts.map((c) => [c.title, [c.workSeconds, c.earnedCents]]))).toEqual({
      'HTML Page Builder': [HTML.seconds, HTML.earnedCents],
      'React dashboard for logistics': [REACT.seconds, REACT.earnedCents],
      'Logo refresh': [0, 45_000],
      'Site audit': [5_400, 29_000],
    });
    // $1,581.67 over 31.8333 h = $49.69 an hour; $750 over 11.6667 h = $64.29.
    expect(hourlyRate(HTML).grossCents).toBe(4_969);
    expect(hourlyRate(REACT)).toMatchObject({ grossCents: 6_429, netCents: 6_146, enough: true });
  });

  it('sums by the month each Upwork week starts in, latest first', () => {
    const { months } = value<HourlyRates>(app.invoke('money:hourlyRates', undefined));
    expect(months).toEqual([
      { month: '2025-01', seconds: 36_000 + 5_400, earnedCents: 50_000 + 9_000 + 20_000, feesCents: 0 },
      // May 2 is in the week of Monday Apr 29: April's.
      { month: '2024-04', seconds: 120_600, earnedCents: 183_167, feesCents: -12_367 },
    ]);
    // $1,831.67 over 33.5 h = $54.68 gross, $1,708.00 net = $50.99.
    expect(hourlyRate(months[1]!)).toEqual({ hours: 33.5, grossCents: 5_468, netCents: 5_099, enough: true });
  });

  it('sums by the job type, category and skills of the proposal that won each contract', () => {
    wonBy('HTML Page Builder', 'Web Development', ['HTML', 'CSS']);
    wonBy('React dashboard for logistics', 'web development', ['React', 'html']);
    const { kinds, unlinkedContracts } = value<HourlyRates>(app.invoke('money:hourlyRates', undefined));
    const both = {
      contracts: 2,
      seconds: HTML.seconds + REACT.seconds,
      earnedCents: HTML.earnedCents + REACT.earnedCents,
      feesCents: HTML.feesCents + REACT.feesCents,
    };
    expect(kinds.jobType).toEqual([{ value: 'hourly', ...both }]);
    expect(kinds.category).toEqual([{ value: 'Web Development', ...both }]);
    expect(kinds.skill).toEqual([
      { value: 'HTML', ...both },
      { value: 'CSS', contracts: 1, ...HTML },
      { value: 'React', contracts: 1, ...REACT },
    ]);
    // Site audit has hours and no proposal.
    expect(unlinkedContracts).toBe(1);
  });
});
