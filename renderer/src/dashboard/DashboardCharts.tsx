import { Suspense } from 'react';
import type { Dashboard } from '@shared/domain/dashboard';
import { lazyNamed } from '../lib/lazy-named';

// The dashboard's recharts charts, loaded after the figures: recharts is most of the renderer's
// code, and the headline tiles need none of it. Each placeholder keeps its chart's height so
// nothing below jumps when the chart arrives.

const loadHireRateChart = () => import('./HireRateChart');
const loadVolumeChart = () => import('./VolumeChart');
const HireRateChart = lazyNamed(loadHireRateChart, 'HireRateChart');
const VolumeChart = lazyNamed(loadVolumeChart, 'VolumeChart');

/** Starts fetching the charts' code while the dashboard's figures are on their way from main. */
export function preloadCharts(): void {
  void loadHireRateChart();
  void loadVolumeChart();
}

function ChartPlaceholder({ height }: { height: number }) {
  return <section className="panel chart-placeholder" aria-busy="true" style={{ minHeight: height }} />;
}

export function LazyHireRateChart({ dashboard }: { dashboard: Dashboard }) {
  return (
    <Suspense fallback={<ChartPlaceholder height={360} />}>
      <HireRateChart dashboard={dashboard} />
    </Suspense>
  );
}

export function LazyVolumeChart({ dashboard }: { dashboard: Dashboard }) {
  return (
    <Suspense fallback={<ChartPlaceholder height={320} />}>
      <VolumeChart dashboard={dashboard} />
    </Suspense>
  );
}
