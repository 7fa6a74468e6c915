import { Suspense, useEffect, useState } from 'react';
import type { Dashboard } from '@shared/domain/dashboard';
import { afterNextPaint } from '../lib/after-paint';
import { lazyNamed } from '../lib/lazy-named';

// The dashboard's recharts charts, loaded after the figures: recharts is most of the renderer's
// code, and the headline tiles need none of it. Its chunk is asked for only once the frame with
// the figures has been painted (compiling and running it earlier held that frame back); each
// placeholder keeps its chart's height so nothing below jumps when the chart arrives.

const HireRateChart = lazyNamed(() => import('./HireRateChart'), 'HireRateChart');
const VolumeChart = lazyNamed(() => import('./VolumeChart'), 'VolumeChart');

/** Set once the charts have been asked for: later visits draw them at once. */
let chartsAsked = false;

function useChartsAsked(): boolean {
  const [asked, setAsked] = useState(chartsAsked);
  useEffect(() => {
    if (asked) return;
    return afterNextPaint(() => {
      chartsAsked = true;
      setAsked(true);
    });
  }, [asked]);
  return asked;
}

function ChartPlaceholder({ height }: { height: number }) {
  return <section className="panel chart-placeholder" aria-busy="true" style={{ minHeight: height }} />;
}

export function LazyHireRateChart({ dashboard }: { dashboard: Dashboard }) {
  const placeholder = <ChartPlaceholder height={360} />;
  if (!useChartsAsked()) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <HireRateChart dashboard={dashboard} />
    </Suspense>
  );
}

export function LazyVolumeChart({ dashboard }: { dashboard: Dashboard }) {
  const placeholder = <ChartPlaceholder height={320} />;
  if (!useChartsAsked()) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <VolumeChart dashboard={dashboard} />
    </Suspense>
  );
}
