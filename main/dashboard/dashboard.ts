import type { ChannelParsed } from '@shared/contract';
import { weekProgress } from '@shared/targets/progress';
import { CHART_WEEKS, type Dashboard, type WeekReview } from '@shared/domain/dashboard';
import { baselineHireRate, bridgeProvisional, funnelOf, periodFigures, toWeekPoint } from '@shared/metrics/dashboard';
import { isMature } from '@shared/metrics/rates';
import { addDays, weekOf, weekOfLocalDate, type WeekBounds } from '@shared/metrics/weeks';
import { trailingCounts } from '../db/health/trailing';
import { firstSentAt, proposalsSentBetween } from '../db/dashboard/week-review';
import { aggregateWeeks, weeklySeries } from '../db/dashboard/weekly-series';
import { connectsBalance } from '../db/money/connects';
import { earningsIn, proposalReturn } from '../db/money/summary';
import { hasEarnings } from '../db/money/weekly-earnings';
import { getSettings } from '../db/settings/settings';
import type { DomainContext } from '../core/handler-context';

// The weekly dashboard and the weekly review, assembled from the weekly series and the money
// figures; the ratios and the chart's shape come from shared/metrics.

/** A weekly review lists at most this many proposals (an agency may send hundreds a week). */
const REVIEW_LIMIT = 500;

export function dashboardFor(
  { db, now }: DomainContext,
  { week, trailing }: ChannelParsed<'dashboard:get'>,
): Dashboard {
  const { timeZone, weekStart, conversionWatchHireRatePct } = getSettings(db);
  const at = now();
  const currentWeek = weekOf(at, timeZone, weekStart);
  // By default the last complete week: on a Monday morning the new week is still empty. Found
  // by calendar, not 7 x 24 hours back: after a 167-hour (DST) week that lands two weeks back.
  const lastWeek = weekOfLocalDate(addDays(currentWeek.weekStart, -7), timeZone, weekStart);
  const requested = week ? weekOfLocalDate(week, timeZone, weekStart) : defaultWeek(db, lastWeek, currentWeek);
  const selected = requested.weekStart > currentWeek.weekStart ? currentWeek : requested;
  const firstSent = firstSentAt(db);
  const firstWeek = firstSent ? weekOf(firstSent, timeZone, weekStart) : null;
  // Charts and averages start at the first proposal: weeks before it are not zeros, they are
  // weeks the user was not logging yet (and would draw a flat line and "vs 0 a week").
  const chartStart = weekOfLocalDate(addDays(selected.weekStart, -7 * (CHART_WEEKS - 1)), timeZone, weekStart);
  const first =
    firstWeek && firstWeek.startsAt > chartStart.startsAt && firstWeek.startsAt <= selected.startsAt
      ? firstWeek
      : chartStart;
  const rows = weeklySeries(db, { from: first.startsAt, to: selected.endsAt, timeZone, weekStart });
  const points = rows.map((row) => toWeekPoint(row, at));
  const trailingRows = rows.slice(-1 - trailing, -1);
  const periodRows = rows.slice(-1 - trailing);
  const weekEarnings = earningsIn(db, { from: selected.startsAt, to: selected.endsAt });
  const span = { from: periodRows[0]?.startsAt ?? selected.startsAt, to: selected.endsAt };
  const spanReturn = proposalReturn(db, span, earningsIn(db, span).netCents);
  return {
    week: selected.weekStart,
    weekEndsAt: selected.endsAt,
    weekMature: isMature(selected.endsAt, at),
    isCurrentWeek: selected.weekStart === currentWeek.weekStart,
    firstWeek: firstWeek?.weekStart ?? null,
    trailingWeeks: trailing,
    current: periodFigures(rows.slice(-1)),
    trailing: periodFigures(trailingRows, true),
    // The reference line: every mature week the chart shows (up to half a year), steadier than 4 weeks.
    baselineHireRate: baselineHireRate(points),
    hireRateWatch: conversionWatchHireRatePct / 100,
    funnel: funnelOf(periodFigures(periodRows)),
    funnelFrom: periodRows[0]?.weekStart ?? selected.weekStart,
    weeks: bridgeProvisional(points),
    earningsAvailable: hasEarnings(db),
    money: {
      weekNetCents: weekEarnings.netCents,
      weekFeesCents: weekEarnings.feesCents,
      costPerHireCents: spanReturn.costPerHireCents,
      earningsPerConnectCents: spanReturn.earningsPerConnectCents,
      connectsBalance: connectsBalance(db, at),
    },
    hasProposals: firstSent !== null,
  };
}

export function weekReview({ db, now }: DomainContext, week: string): WeekReview {
  const settings = getSettings(db);
  const { timeZone, weekStart } = settings;
  const bounds = weekOfLocalDate(week, timeZone, weekStart);
  const [row] = weeklySeries(db, { from: bounds.startsAt, to: bounds.endsAt, timeZone, weekStart });
  const proposals = proposalsSentBetween(db, bounds.startsAt, bounds.endsAt, REVIEW_LIMIT + 1);
  return {
    week: bounds.weekStart,
    startsAt: bounds.startsAt,
    endsAt: bounds.endsAt,
    mature: isMature(bounds.endsAt, now()),
    figures: periodFigures(row ? [row] : []),
    proposals: proposals.slice(0, REVIEW_LIMIT),
    truncated: proposals.length > REVIEW_LIMIT,
    // As the dashboard's plan panel counts: proposals and Connects by the week they were sent,
    // hires in the week they happened.
    plan: weekProgress(settings, {
      weekStart: bounds.weekStart,
      sent: row?.sent ?? 0,
      hires: trailingCounts(db, bounds.startsAt, bounds.endsAt).hired,
      connects: row?.connects ?? 0,
    }),
  };
}

/**
 * The last complete week, unless it is empty while this week is not: someone who logged their
 * first proposals today should see them, not a blank week.
 */
function defaultWeek(db: DomainContext['db'], lastWeek: WeekBounds, currentWeek: WeekBounds): WeekBounds {
  const [last, current] = aggregateWeeks(db, [lastWeek, currentWeek]);
  return last?.sent === 0 && (current?.sent ?? 0) > 0 ? currentWeek : lastWeek;
}
