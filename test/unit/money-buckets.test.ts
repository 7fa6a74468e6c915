import { describe, expect, it } from 'vitest';
import { bucketMoney, type MoneyRow } from '@shared/money/buckets';

const row = (occurredAt: string, kind: MoneyRow['kind'], amountCents: number): MoneyRow => ({
  occurredAt,
  kind,
  amountCents,
});

describe('earnings per week and month', () => {
  const rows = [
    row('2026-11-01T15:30:00Z', 'hourly', 10000), // Sunday 23:30 in Manila, Monday 00:30 in Tokyo
    row('2026-11-01T15:30:00Z', 'service_fee', -1000),
    row('2026-11-03T12:00:00Z', 'withdrawal', -50000), // Not earnings: ignored.
    row('2026-11-04T12:00:00Z', 'refund', -2000),
  ];
  // Bounds at Manila midnight, as the renderer sends them.
  const range = { from: '2026-10-25T16:00:00Z', to: '2026-11-15T16:00:00Z' };

  it('cuts weeks in the user zone and week start', () => {
    const manila = bucketMoney(rows, range, { timeZone: 'Asia/Manila', weekStart: 'monday' }, 'week');
    expect(manila.map((b) => [b.period, b.grossCents, b.feesCents, b.netCents])).toEqual([
      ['2026-10-26', 10000, -1000, 9000],
      ['2026-11-02', -2000, 0, -2000],
      ['2026-11-09', 0, 0, 0],
    ]);
    const tokyo = bucketMoney(rows, range, { timeZone: 'Asia/Tokyo', weekStart: 'monday' }, 'week');
    expect(tokyo.find((b) => b.period === '2026-11-02')).toMatchObject({ grossCents: 8000, netCents: 7000 });
    const sunday = bucketMoney(rows, range, { timeZone: 'Asia/Manila', weekStart: 'sunday' }, 'week');
    expect(sunday.find((b) => b.period === '2026-11-01')).toMatchObject({ grossCents: 8000 });
  });

  it('lists only busy weeks over a range too long to fill', () => {
    const weeks = bucketMoney(
      rows,
      { from: '2000-01-01T00:00:00Z', to: '2026-12-01T00:00:00Z' },
      { timeZone: 'UTC', weekStart: 'monday' },
      'week',
    );
    expect(weeks.map((w) => w.period)).toEqual(['2026-10-26', '2026-11-02']);
  });

  it('cuts months in the user zone, quiet months included', () => {
    const months = bucketMoney(
      [row('2026-09-30T20:00:00Z', 'bonus', 500)],
      { from: '2026-08-31T16:00:00Z', to: '2026-11-30T16:00:00Z' },
      { timeZone: 'Asia/Manila', weekStart: 'monday' },
      'month',
    );
    expect(months.map((m) => [m.period, m.grossCents])).toEqual([
      ['2026-09', 0],
      ['2026-10', 500],
      ['2026-11', 0],
    ]);
  });
});
