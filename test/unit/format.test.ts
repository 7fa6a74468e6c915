import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatPercent } from '@shared/format';

const us = { locale: 'en-US', timeZone: 'America/New_York' };
const de = { locale: 'de-DE', timeZone: 'Europe/Berlin' };

describe('human formatting', () => {
  it('formats cents as dollars, dropping .00 on whole amounts', () => {
    expect(formatMoney(125000, us)).toBe('$1,250');
    expect(formatMoney(4550, us)).toBe('$45.50');
    expect(formatMoney(-1500, us)).toBe('-$15');
    expect(formatMoney(125050, de)).toBe('1.250,50\u00a0$');
    expect(formatMoney(9300, us, true)).toBe('$93.00');
  });

  it('formats ratios as percents in the locale', () => {
    expect(formatPercent(0.0512, us)).toBe('5.1%');
    expect(formatPercent(0.0512, de)).toBe('5,1\u00a0%');
  });

  it('shows instants in the user zone, which can change the calendar day', () => {
    const lateUtc = '2026-11-23T03:30:00.000Z'; // still the 22nd in New York
    expect(formatDate(lateUtc, us)).toBe('Nov 22, 2026');
    expect(formatDate(lateUtc, { locale: 'en-US', timeZone: 'Asia/Manila' })).toBe('Nov 23, 2026');
    expect(formatDateTime(lateUtc, us)).toBe('Nov 22, 2026, 10:30 PM');
  });
});
