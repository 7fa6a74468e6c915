import { Suspense } from 'react';
import type { Dashboard } from '@shared/domain/dashboard';
import { lazyNamed } from '../lib/lazy-named';

// The dashboard's recharts charts, loaded after the figures: recharts is most of the renderer's
// code, and the headline tiles need none of it. Each placeholder keeps its chart's height so
// nothing below jumps when the chart arrives.

const HireRateChart = lazyNamed(() => import('./HireRateChart'), 'HireRateChart');
const VolumeChart = lazyNamed(() => import('./VolumeChart'), 'VolumeChart');

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
