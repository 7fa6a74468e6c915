import { afterEach, describe, expect, it } from 'vitest';
import type { HealthReport } from '@shared/domain/health';
import { earningsPerDay, hiresPerDay, sentPerDay } from '@main/db/health/daily';
import { earningsBetween, trailingCounts } from '@main/db/health/trailing';
import { testApp } from '../support/temp-db';
import { value } from '../support/results';

// The day buckets the forecasts read, on a real SQLite file: day k holds (now - (k+1) days,
// now - k days], the very edges of the rules' trailing windows. "Now" is a fixed instant here
// (the functions take it as an argument), so the pinned-instant matrix does not move it.

const NOW = '2026-11-20T10:00:00.000Z';
const ago = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();

let app: ReturnType<typeof testApp> | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

function logAt(sentAt: string): number {
  return value<{ id: number }>(app!.invoke('proposals:create', { jobTitle: `Job at ${sentAt}`, sentAt })).id;
}

function hireAt(id: number, at: string) {
  app!.setNow(at);
  value(app!.invoke('proposals:setStatus', { id, status: 'hired' }));
  app!.setNow(NOW);
}

describe('activity per day (forecast history)', () => {
  it('puts each proposal, hire and earning in its day, and agrees with the trailing windows', () => {
    app = testApp(NOW);
    const first = logAt(ago(0.1));
    logAt(ago(1.5));
    logAt(ago(1.9));
    const old = logAt(ago(29.5));
    logAt(ago(30.5)); // outside the 30-day window, inside the 90-day one
    logAt(ago(95)); // outside both
    hireAt(first, ago(0.05));
    hireAt(old, ago(20.2));
    for (const [days, amountCents] of [
      [3.5, 12_000],
      [3.6, 3_000],
      [60.5, 50_000],
    ] as const) {
      value(app.invoke('transactions:create', { occurredAt: ago(days), amountCents, kind: 'fixed_price' }));
    }
    value(app.invoke('transactions:create', { occurredAt: ago(2.5), amountCents: -500, kind: 'service_fee' }));

    const asOf = new Date(NOW);
    const sent = sentPerDay(app.db, asOf, 90);
    expect(sent.slice(0, 3)).toEqual([1, 2, 0]);
    expect(sent[29]).toBe(1);
    expect(sent[30]).toBe(1);
    expect(sent.reduce((a, b) => a + b)).toBe(5);

    const hired = hiresPerDay(app.db, asOf, 90);
    expect(hired[0]).toBe(1);
    expect(hired[20]).toBe(1);
    expect(hired.reduce((a, b) => a + b)).toBe(2);

    // Fees are not earnings; the two payments of day 3 add up.
    const earned = earningsPerDay(app.db, asOf, 90);
    expect(earned[3]).toBe(15_000);
    expect(earned[60]).toBe(50_000);
    expect(earned.reduce((a, b) => a + b)).toBe(65_000);

    // The trailing windows the rules read are the first 30 and 90 buckets.
    const to = new Date(asOf.getTime() + 1).toISOString();
    const sum = (values: number[], days: number) => values.slice(0, days).reduce((a, b) => a + b, 0);
    expect(trailingCounts(app.db, ago(30), to)).toEqual({ sent: sum(sent, 30), hired: sum(hired, 30) });
    expect(earningsBetween(app.db, ago(90), to)).toBe(sum(earned, 90));
  });

  it('gives the report a forecast per rule, from the database as it stands', () => {
    app = testApp(NOW);
    // 24 proposals, one a day: watch (20+ in 30 days, no hire), heading for at risk.
    for (let day = 0; day < 24; day++) logAt(ago(day + 0.5));
    const report = value<HealthReport>(app.invoke('health:report', undefined));
    expect(report.forecasts.map((f) => f.rule)).toEqual(report.findings.map((f) => f.rule));
    const conversion = report.forecasts.find((f) => f.rule === 'lowConversion')!;
    expect(conversion.outlook.key).toBe('outlook.worse');
    expect(conversion.outlook.params.level).toEqual({ level: 'at_risk' });
    expect(conversion.turnaround.map((s) => s.key)).toEqual(['turn.hiresWithin', 'turn.ceilingUntilHire']);
  });
});
