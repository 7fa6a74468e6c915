import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate, formatDateTime, formatMoney, formatPercent } from '@shared/format';

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

  it('writes a calendar date (a week’s first day) as that day in every zone, UTC+13 and UTC+14 included', () => {
    for (const timeZone of ['Pacific/Auckland', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      expect(formatCalendarDate('2026-11-16', { locale: 'en', timeZone })).toBe('Nov 16, 2026');
      expect(formatCalendarDate('2026-11-16', { locale: 'zh-CN', timeZone })).toBe('2026年11月16日');
    }
  });
});
