import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dashboard } from '@shared/domain/dashboard';
import { useFormat } from '../hooks/use-format';
import { ChartFrame } from '../ui/ChartFrame';
import { localDay, shortWeek, weekRange } from './week-format';
import { axisTick, chartColors, INITIAL_CHART_SIZE, tooltipStyle } from './chart-theme';

/** A first week alone would otherwise be one bar the width of the chart. */
const MAX_BAR_WIDTH = 48;

/** Proposals sent (bars, left axis) and Connects spent (line, right axis) per week. */
export function VolumeChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const weeks = dashboard.weeks;
  const anySent = weeks.some((w) => w.sent > 0);
  // The bars and the line in words; the weeks table below has each week's figures.
  const summary = t('dashboard.volumeChart.summary', {
    from: localDay(weeks[0]?.weekStart ?? dashboard.week, i18n.language),
    to: localDay(dashboard.week, i18n.language),
    sent: format.number(weeks.reduce((n, w) => n + w.sent, 0)),
    connects: format.number(weeks.reduce((n, w) => n + w.connects, 0)),
  });
  return (
    <section className="panel" aria-labelledby="volume-chart-title">
      <h2 id="volume-chart-title">{t('dashboard.volumeChart.title')}</h2>
      {!anySent ? (
        <p className="chart-empty">{t('dashboard.volumeChart.empty')}</p>
      ) : (
        <ChartFrame label={t('dashboard.volumeChart.title')} summary={summary}>
          <ResponsiveContainer width="100%" height={240} initialDimension={INITIAL_CHART_SIZE}>
            <ComposedChart data={weeks} margin={{ top: 12, right: 8, bottom: 4, left: 8 }}>
              <CartesianGrid stroke={chartColors.grid} strokeDasharray="2 4" vertical={false} />
              <XAxis
                dataKey="weekStart"
                tickFormatter={(w: string) => shortWeek(w, i18n.language)}
                tick={axisTick}
                minTickGap={16}
              />
              <YAxis
                yAxisId="proposals"
                allowDecimals={false}
                tick={axisTick}
                width={56}
                tickFormatter={(v: number) => format.number(v)}
                label={{
                  value: t('dashboard.volumeChart.proposals'),
                  angle: -90,
                  position: 'insideLeft',
                  fill: chartColors.muted,
                  fontSize: 12,
                  dy: 30,
                }}
              />
              <YAxis
                yAxisId="connects"
                orientation="right"
                allowDecimals={false}
                tick={axisTick}
                width={64}
                tickFormatter={(v: number) => format.number(v)}
                label={{
                  value: t('dashboard.volumeChart.connects'),
                  angle: 90,
                  position: 'insideRight',
                  fill: chartColors.muted,
                  fontSize: 12,
                  dy: -30,
                }}
              />
              <Tooltip
                labelFormatter={(w) => weekRange(String(w), i18n.language)}
                formatter={(value) => format.number(Number(value))}
                contentStyle={tooltipStyle}
              />
              <Bar
                yAxisId="proposals"
                name={t('dashboard.volumeChart.proposals')}
                dataKey="sent"
                fill={chartColors.accent}
                fillOpacity={0.75}
                maxBarSize={MAX_BAR_WIDTH}
                isAnimationActive={false}
              />
              <Line
                yAxisId="connects"
                name={t('dashboard.volumeChart.connects')}
                dataKey="connects"
                stroke={chartColors.secondary}
                strokeWidth={2}
                // One week is one point, and a line through one point draws nothing without its dot.
                dot={weeks.length === 1 ? { r: 3 } : false}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
          {/* Our own legend, not recharts': its icons carry English labels ("… legend icon"). */}
          <p className="muted small chart-legend" aria-hidden="true">
            <span className="legend-item">
              <span className="legend-box" style={{ background: chartColors.accent }} />
              {t('dashboard.volumeChart.proposals')}
            </span>
            <span className="legend-item">
              <span className="legend-line" style={{ borderColor: chartColors.secondary }} />
              {t('dashboard.volumeChart.connects')}
            </span>
          </p>
        </ChartFrame>
      )}
    </section>
  );
}
