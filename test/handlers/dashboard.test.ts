import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard, WeekReview } from '@shared/domain/dashboard';
import type { Insights } from '@shared/domain/insights';
import { fieldsOf, logProposal, value, type App } from '../support/dash-fixtures';
import { addDays, localMidnight, weekOf } from '@shared/metrics/weeks';
import { TEST_NOW, TEST_ZONE } from '../support/clock';
import { testApp } from '../support/temp-db';

let app: App;
// Friday 20 Nov 2026; Monday weeks in UTC unless a test changes the settings.
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
  value(app.invoke('settings:update', { timeZone: 'UTC', weekStart: 'monday' }));
});
afterEach(() => app.cleanup());

const dashboard = (input: Record<string, unknown> = {}) => value<Dashboard>(app.invoke('dashboard:get', { ...input }));

/** `n` proposals in the week of `monday`, the first `hired` of them hired and the next `viewed` only viewed. */
function week(monday: string, n: number, hired: number, viewed = 0) {
  for (let i = 0; i < n; i++) {
    const sentAt = `${monday}T${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00.000Z`;
    const outcomes = i < hired ? ['viewed', 'interviewing', 'offer', 'hired'] : i < hired + viewed ? ['viewed'] : [];
    logProposal(app, sentAt, outcomes, { connectsSpent: 10 });
  }
}

describe('dashboard:get', () => {
  it('explains an empty database instead of drawing zeros', () => {
    const d = dashboard();
    expect(d).toMatchObject({ hasProposals: false, firstWeek: null, week: '2026-11-09', earningsAvailable: false });
    expect(d.weeks).toHaveLength(26);
    expect(d.current.hireRate).toBeNull();
    expect(d.current.proposalsPerHire).toBeNull();
    expect(d.baselineHireRate).toBeNull();
  });

  it('starts the charts and the averages at the first logged week, not at 26 weeks of zeros', () => {
    week('2026-11-02', 4, 0);
    week('2026-11-09', 6, 1);
    app.setNow('2026-11-20T10:00:00.000Z');
    const d = dashboard({ trailing: 4 });
    expect(d.weeks.map((w) => w.weekStart)).toEqual(['2026-11-02', '2026-11-09']);
    expect(d.trailing).toMatchObject({ weeks: 1, sent: 4 });
    // A week chosen before the first proposal still shows its 26 weeks.
    expect(dashboard({ week: '2026-06-01' }).weeks).toHaveLength(26);
  });

  it('fills the money figures: the week net of fees, cost per hire and earnings per Connect over the span, the balance', () => {
    week('2026-11-02', 10, 1);
    week('2026-11-09', 10, 1);
    app.setNow('2026-11-20T10:00:00.000Z');
    value(
      app.invoke('transactions:create', { occurredAt: '2026-11-10T12:00:00Z', amountCents: 60000, kind: 'hourly' }),
    );
    value(
      app.invoke('transactions:create', {
        occurredAt: '2026-11-10T12:00:00Z',
        amountCents: -6000,
        kind: 'service_fee',
      }),
    );
    value(
      app.invoke('transactions:create', {
        occurredAt: '2026-11-03T12:00:00Z',
        amountCents: 20000,
        kind: 'fixed_price',
      }),
    );
    const d = dashboard({ trailing: 4 });
    expect(d.current.earningsCents).toBe(60000);
    // 20 proposals x 10 Connects = 200 Connects = $30 for 2 hires; $740 net over 200 Connects.
    // The balance: 200 spent against November's 10 free Connects (the Basic plan's, by default).
    expect(d.money).toEqual({
      weekNetCents: 54000,
      weekFeesCents: -6000,
      costPerHireCents: 1500,
      earningsPerConnectCents: 370,
      connectsBalance: -190,
    });
  });

  it('compares the last complete week with its trailing weeks, pooled, and marks young weeks provisional', () => {
    week('2026-10-12', 10, 1, 3);
    week('2026-10-19', 20, 1, 4);
    week('2026-10-26', 10, 0, 2);
    week('2026-11-02', 10, 2, 1);
    week('2026-11-09', 8, 2, 2);
    app.setNow('2026-11-20T10:00:00.000Z');

    const d = dashboard({ trailing: 4 });
    expect(d.week).toBe('2026-11-09');
    expect(d.firstWeek).toBe('2026-10-12');
    expect(d.current).toMatchObject({
      sent: 8,
      viewed: 4,
      hired: 2,
      hireRate: 0.25,
      proposalsPerHire: 4,
      connects: 80,
      connectsCostCents: 1200,
    });
    // Trailing 4 weeks: 50 proposals, 4 hires: per-week averages, pooled rates.
    expect(d.trailing).toMatchObject({ weeks: 4, sent: 12.5, hired: 1, hireRate: 4 / 50, proposalsPerHire: 13 });
    expect(d.weekMature).toBe(false);
    const byWeek = Object.fromEntries(d.weeks.map((w) => [w.weekStart, w]));
    // Week of 2 Nov ended 9 Nov: 11 days ago, provisional. Week of 26 Oct ended 2 Nov: 18 days, mature.
    expect(byWeek['2026-11-02']).toMatchObject({ mature: false, hireRateMature: null, hireRateProvisional: 0.2 });
    expect(byWeek['2026-10-26']).toMatchObject({ mature: true, hireRateMature: 0 });
    // The solid line hands over to the dashed one at the last mature week.
    expect(byWeek['2026-10-26']!.hireRateProvisional).toBe(0);
    // Baseline: the mature weeks of the chart only (12, 19 and 26 Oct): 2 hires in 40.
    expect(d.baselineHireRate).toBe(2 / 40);
    expect(d.funnel).toEqual([
      { stage: 'sent', count: 58 },
      { stage: 'viewed', count: 12 + 6 },
      { stage: 'interviewing', count: 6 },
      { stage: 'offer', count: 6 },
      { stage: 'hired', count: 6 },
    ]);
    expect(d.funnelFrom).toBe('2026-10-12');
  });

  it('opens on this week when only this week has proposals (a first-day user sees them)', () => {
    logProposal(app, '2026-11-17T09:00:00.000Z');
    expect(dashboard()).toMatchObject({
      week: '2026-11-16',
      isCurrentWeek: true,
      current: expect.objectContaining({ sent: 1 }),
    });
    logProposal(app, '2026-11-10T09:00:00.000Z');
    expect(dashboard().week).toBe('2026-11-09');
  });

  it('opens on the week just ended at Monday 00:05, even after a daylight-saving week of 167 hours', () => {
    value(app.invoke('settings:update', { timeZone: 'Europe/Berlin' }));
    app.setNow('2027-03-28T22:05:00.000Z'); // Monday 29 March, 00:05 in Berlin
    logProposal(app, '2027-03-25T10:00:00.000Z'); // Thursday of the week clocks went forward
    expect(dashboard()).toMatchObject({ week: '2027-03-22', isCurrentWeek: false, current: { sent: 1 } });
  });

  it('opens on the week before the current one at the pinned instant, in the computer zone', () => {
    value(app.invoke('settings:update', { timeZone: '' }));
    app.setNow(TEST_NOW);
    const lastWeek = addDays(weekOf(TEST_NOW, TEST_ZONE, 'monday').weekStart, -7);
    logProposal(app, localMidnight(addDays(lastWeek, 3), TEST_ZONE));
    expect(dashboard()).toMatchObject({ week: lastWeek, current: { sent: 1 } });
  });

  it('moves to a chosen week (any day of it), never past the current one', () => {
    expect(dashboard({ week: '2026-10-14' }).week).toBe('2026-10-12');
    const future = dashboard({ week: '2027-03-01' });
    expect(future).toMatchObject({ week: '2026-11-16', isCurrentWeek: true });
    expect(future.weeks.at(-1)!.weekStart).toBe('2026-11-16');
  });

  it('cuts weeks in the zone and week start from the settings', () => {
    logProposal(app, '2026-11-16T03:00:00.000Z'); // Sunday 15 Nov, 22:00 in New York
    value(app.invoke('settings:update', { timeZone: 'America/New_York', weekStart: 'sunday' }));
    const d = dashboard({ week: '2026-11-15' });
    expect(d.week).toBe('2026-11-15');
    expect(d.current.sent).toBe(1);
  });

  it('shows earnings once a transaction exists, in the week it was received', () => {
    logProposal(app, '2026-11-10T09:00:00.000Z');
    expect(dashboard().earningsAvailable).toBe(false);
    app.db
      .prepare(
        "INSERT INTO transactions (occurred_at, amount_cents, kind, created_at) VALUES ('2026-11-12T10:00:00.000Z', 80000, 'fixed_price', '2026-11-12T10:00:00.000Z')",
      )
      .run();
    const d = dashboard();
    expect(d.earningsAvailable).toBe(true);
    expect(d.current.earningsCents).toBe(80_000);
  });

  it('refuses malformed input with field paths', () => {
    expect(fieldsOf(app.invoke('dashboard:get', { week: '2026-02-30' }))).toEqual(['week:validation.invalidFormat']);
    expect(fieldsOf(app.invoke('dashboard:get', { trailing: 5 }))[0]).toMatch(/^trailing:/);
    expect(fieldsOf(app.invoke('dashboard:get', { week: "'; DROP TABLE proposals; --" }))).toEqual([
      'week:validation.invalidFormat',
    ]);
    expect(fieldsOf(app.invoke('dashboard:get', { extra: 1 }))[0]).toMatch(/unknownField/);
  });
});

describe('dashboard:week (the weekly review)', () => {
  it("lists the week's proposals, open ones first, with the week's figures", () => {
    logProposal(app, '2026-11-09T09:00:00.000Z', ['viewed', 'hired']);
    logProposal(app, '2026-11-10T09:00:00.000Z', ['no_response']);
    logProposal(app, '2026-11-11T09:00:00.000Z', ['viewed']);
    logProposal(app, '2026-11-12T09:00:00.000Z');
    logProposal(app, '2026-11-16T09:00:00.000Z'); // next week
    const review = value<WeekReview>(app.invoke('dashboard:week', { week: '2026-11-12' }));
    expect(review).toMatchObject({ week: '2026-11-09', mature: false, truncated: false });
    expect(review.proposals.map((p) => p.status)).toEqual(['viewed', 'sent', 'hired', 'no_response']);
    expect(review.figures).toMatchObject({ sent: 4, viewed: 2, hired: 1 });
  });

  it('sets the week against the weekly plan', () => {
    app.invoke('settings:update', {
      weeklyProposalsMin: 1,
      weeklyProposalsMax: 2,
      weeklyHires: 2,
      weeklyConnectsBudget: 10,
    });
    for (const day of ['09', '10', '11']) logProposal(app, `2026-11-${day}T09:00:00.000Z`);
    logProposal(app, '2026-11-16T09:00:00.000Z'); // next week
    const { plan, figures } = value<WeekReview>(app.invoke('dashboard:week', { week: '2026-11-12' }));
    expect(plan).toEqual({
      weekStart: '2026-11-09',
      proposals: { sent: 3, min: 1, max: 2, state: 'over' },
      hires: { count: 0, target: 2, met: false },
      connects: { spent: figures.connects, budget: 10, over: figures.connects > 10 },
      volumeWithoutWins: true,
    });
  });
});

describe('insights:get', () => {
  it('ranks by the Wilson lower bound over mature proposals only', () => {
    // 40 React proposals with 8 hires; 3 Vue proposals with 2 hires: a higher rate on too few to trust.
    for (let i = 0; i < 40; i++)
      logProposal(app, `2026-09-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00.000Z`, i < 8 ? ['hired'] : [], {
        skills: ['React'],
        category: 'Web',
      });
    for (let i = 0; i < 3; i++)
      logProposal(app, `2026-09-0${i + 1}T11:00:00.000Z`, i < 2 ? ['hired'] : [], {
        skills: ['Vue.js'],
        category: 'Web',
      });
    // Sent 5 days ago: not mature, left out.
    logProposal(app, '2026-11-15T10:00:00.000Z', [], { skills: ['React'], category: 'Web' });
    app.setNow('2026-11-20T10:00:00.000Z');

    const insights = value<Insights>(app.invoke('insights:get', { months: 6 }));
    expect(insights).toMatchObject({ proposals: 43, minCount: 20, to: '2026-11-02T00:00:00.000Z' });
    expect(insights.dimensions.skill.map((r) => [r.value, r.sent, r.hired, r.enough])).toEqual([
      ['React', 40, 8, true],
      ['Vue.js', 3, 2, false],
    ]);
    const react = insights.dimensions.skill[0]!;
    expect(react.hireRate).toBe(0.2);
    expect(react.hireLow).toBeCloseTo(0.105, 3);
    expect(react.hireHigh).toBeCloseTo(0.348, 3);
    expect(insights.dimensions.category).toEqual([expect.objectContaining({ value: 'Web', sent: 43, hired: 10 })]);
  });

  it('accepts only the offered periods', () => {
    expect(value<Insights>(app.invoke('insights:get', { months: 0 })).from).toBeNull();
    expect(fieldsOf(app.invoke('insights:get', { months: 5 }))).toEqual(['months:validation.notAllowed']);
    expect(fieldsOf(app.invoke('insights:get', { months: '6' }))[0]).toMatch(/^months:/);
  });
});
