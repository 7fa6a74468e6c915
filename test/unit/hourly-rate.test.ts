import { describe, expect, it } from 'vitest';
import { hourlyRate, MIN_RATE_HOURS, rankByRate } from '@shared/money/hourly-rate';

// Worked by hand: 33.5 hours that paid $2,291.67 gross with $229.17 of fees.
// 229,167 / 33.5 = 6,840.8 cents -> $68.41 an hour; (229,167 - 22,917) / 33.5 = 6,156.7 -> $61.57.

describe('the effective hourly rate', () => {
  it('divides what the hours paid by the hours, before and after the fee', () => {
    expect(hourlyRate({ seconds: 33.5 * 3600, earnedCents: 229_167, feesCents: -22_917 })).toEqual({
      hours: 33.5,
      grossCents: 6_841,
      netCents: 6_157,
      enough: true,
    });
  });

  it('counts fixed-price payments and bonuses of the same hours: 12 h paid $300 + $50 bonus = $29.17/h', () => {
    expect(hourlyRate({ seconds: 12 * 3600, earnedCents: 35_000, feesCents: -3_500 })).toMatchObject({
      grossCents: 2_917,
      netCents: 2_625,
    });
  });

  it('says "few hours" under the minimum, and has no rate without hours', () => {
    expect(MIN_RATE_HOURS).toBe(10);
    expect(hourlyRate({ seconds: 9.99 * 3600, earnedCents: 50_000, feesCents: 0 }).enough).toBe(false);
    expect(hourlyRate({ seconds: 10 * 3600, earnedCents: 50_000, feesCents: 0 })).toMatchObject({
      grossCents: 5_000,
      enough: true,
    });
    expect(hourlyRate({ seconds: 0, earnedCents: 45_000, feesCents: -4_500 })).toEqual({
      hours: 0,
      grossCents: null,
      netCents: null,
      enough: false,
    });
  });

  it('ranks the best paying first and never ranks a group of few hours above one with enough', () => {
    const group = (value: string, hours: number, earnedCents: number) => ({
      value,
      seconds: hours * 3600,
      earnedCents,
      feesCents: 0,
    });
    const ranked = rankByRate([
      group('WordPress', 40, 120_000), // $30/h
      group('Figma', 2, 40_000), // $200/h on 2 hours: few hours
      group('React', 20, 120_000), // $60/h
      group('SEO', 5, 10_000), // few hours, more of them than Figma
    ]);
    expect(ranked.map((g) => g.value)).toEqual(['React', 'WordPress', 'SEO', 'Figma']);
  });
});
