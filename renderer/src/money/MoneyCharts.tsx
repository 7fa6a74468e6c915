import { Suspense } from 'react';
import type { MonthHours } from '@shared/domain/hours';
import type { PeriodMoney } from '@shared/domain/money';
import { lazyNamed } from '../lib/lazy-named';

// The Earnings screen's recharts charts, loaded after its figures like the dashboard's
// (DashboardCharts.tsx): recharts is most of the renderer's code and the tables need none of it.
// Each placeholder keeps its chart's height so nothing below jumps when the chart arrives.

const EarningsChart = lazyNamed(() => import('./EarningsChart'), 'EarningsChart');
const HourlyRateChart = lazyNamed(() => import('../hours/HourlyRateChart'), 'HourlyRateChart');

export function LazyEarningsChart(props: { buckets: PeriodMoney[]; unit: 'week' | 'month' }) {
  return (
    <Suspense fallback={<section className="panel chart-placeholder" aria-busy="true" style={{ minHeight: 340 }} />}>
      <EarningsChart {...props} />
    </Suspense>
  );
}

export function LazyHourlyRateChart(props: { months: MonthHours[] }) {
  return (
    <Suspense fallback={<div className="chart-placeholder" aria-busy="true" style={{ minHeight: 270 }} />}>
      <HourlyRateChart {...props} />
    </Suspense>
  );
}
