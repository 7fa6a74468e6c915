import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dashboard } from '@shared/domain/dashboard';
import { useFormat } from '../hooks/use-format';
import { shortWeek, weekRange } from './week-format';
import { axisTick, chartColors, INITIAL_CHART_SIZE } from './chart-theme';

/** Proposals sent (bars, left axis) and Connects spent (line, right axis) per week. */
export function VolumeChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const anySent = dashboard.weeks.some((w) => w.sent > 0);
  return (
    <section className="panel" aria-labelledby="volume-chart-title">
      <h2 id="volume-chart-title">{t('dashboard.volumeChart.title')}</h2>
      {!anySent ? (
        <p className="chart-empty">{t('dashboard.volumeChart.empty')}</p>
      ) : (
        <div className="chart" role="img" aria-label={t('dashboard.volumeChart.title')}>
          <ResponsiveContainer width="100%" height={240} initialDimension={INITIAL_CHART_SIZE}>
            <ComposedChart data={dashboard.weeks} margin={{ top: 12, right: 8, bottom: 4, left: 8 }}>
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
                contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' }}
              />
              <Legend verticalAlign="bottom" height={28} />
              <Bar
                yAxisId="proposals"
                name={t('dashboard.volumeChart.proposals')}
                dataKey="sent"
                fill={chartColors.accent}
                fillOpacity={0.75}
                isAnimationActive={false}
              />
              <Line
                yAxisId="connects"
                name={t('dashboard.volumeChart.connects')}
                dataKey="connects"
                stroke={chartColors.secondary}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </section>
  );
}
