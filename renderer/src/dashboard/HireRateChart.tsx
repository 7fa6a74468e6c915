import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Dashboard, WeekPoint } from '@shared/domain/dashboard';
import { percentAxis } from '@shared/metrics/percent-axis';
import { useFormat } from '../hooks/use-format';
import { ChartFrame } from '../ui/ChartFrame';
import { localDay, shortWeek, weekRange } from './week-format';
import { axisTick, chartColors, INITIAL_CHART_SIZE } from './chart-theme';

/**
 * The proposal-to-hire ratio by week sent: mature weeks as a solid line, provisional weeks
 * (under two weeks old) dashed over a shaded band, the user's own average as a reference, and
 * the warning threshold from Settings, so "am I under it?" needs no arithmetic.
 */
export function HireRateChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const weeks = dashboard.weeks;
  const anySent = weeks.some((w) => w.sent > 0);
  const provisional = weeks.filter((w) => !w.mature);
  // A first week alone is one point: a band around one point has no width (its label would float
  // over nothing), and a hollow dot at 0% disappears into the axis, so it is drawn solid and larger.
  const lone = weeks.length === 1;
  const watch = dashboard.hireRateWatch;
  const axis = percentAxis(Math.max(...weeks.map((w) => w.hireRate ?? 0), dashboard.baselineHireRate ?? 0, watch));
  const rate = (value: number | null | undefined) => (value == null ? '—' : format.percent(value));
  // What the lines show, in words, for those who cannot see them; the table below has each week.
  const summary = t('dashboard.hireChart.summary', {
    from: localDay(weeks[0]?.weekStart ?? dashboard.week, i18n.language),
    to: localDay(dashboard.week, i18n.language),
    latest: rate(weeks.findLast((w) => w.mature)?.hireRate),
    average: rate(dashboard.baselineHireRate),
  });

  return (
    <section className="panel" aria-labelledby="hire-chart-title">
      <h2 id="hire-chart-title">{t('dashboard.hireChart.title')}</h2>
      <p className="muted small">{t('dashboard.hireChart.description')}</p>
      {!anySent ? (
        <p className="chart-empty">{t('dashboard.hireChart.empty')}</p>
      ) : (
        <ChartFrame label={t('dashboard.hireChart.title')} summary={summary}>
          <ResponsiveContainer width="100%" height={260} initialDimension={INITIAL_CHART_SIZE}>
            <ComposedChart data={weeks} margin={{ top: 16, right: 72, bottom: 4, left: 8 }}>
              <CartesianGrid stroke={chartColors.grid} strokeDasharray="2 4" vertical={false} />
              {provisional.length > 1 && (
                <ReferenceArea
                  x1={provisional[0]!.weekStart}
                  x2={provisional.at(-1)!.weekStart}
                  fill={chartColors.provisional}
                  fillOpacity={0.08}
                  label={{
                    value: t('dashboard.hireChart.provisionalArea'),
                    position: 'insideTop',
                    fill: chartColors.muted,
                    fontSize: 12,
                  }}
                />
              )}
              <XAxis
                dataKey="weekStart"
                tickFormatter={(w: string) => shortWeek(w, i18n.language)}
                tick={axisTick}
                minTickGap={16}
              />
              <YAxis
                domain={[0, axis.max]}
                ticks={axis.ticks}
                interval={0}
                tickFormatter={(v: number) => format.percent(v, 1)}
                tick={axisTick}
                width={56}
                label={{
                  value: t('dashboard.hireChart.yAxis'),
                  angle: -90,
                  position: 'insideLeft',
                  fill: chartColors.muted,
                  fontSize: 12,
                  dy: 30,
                }}
              />
              {dashboard.baselineHireRate !== null && (
                <ReferenceLine
                  y={dashboard.baselineHireRate}
                  stroke={chartColors.muted}
                  strokeDasharray="6 3"
                  label={{
                    value: t('dashboard.hireChart.baseline', { rate: format.percent(dashboard.baselineHireRate) }),
                    position: 'right',
                    fill: chartColors.muted,
                    fontSize: 12,
                  }}
                />
              )}
              <ReferenceLine
                y={watch}
                stroke={chartColors.danger}
                strokeDasharray="2 3"
                label={{
                  value: t('glance.hireChart.watchLine', { rate: format.percent(watch, 1) }),
                  position: 'insideBottomLeft',
                  fill: chartColors.danger,
                  fontSize: 12,
                }}
              />
              <Tooltip content={(props) => <WeekTooltip active={props.active} payload={props.payload} />} />
              <Line
                name={t('dashboard.hireChart.mature')}
                dataKey="hireRateMature"
                stroke={chartColors.accent}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
              <Line
                name={t('dashboard.hireChart.provisionalSeries')}
                dataKey="hireRateProvisional"
                stroke={chartColors.provisional}
                strokeWidth={2}
                strokeDasharray="5 4"
                dot={lone ? { r: 5, fill: chartColors.provisional } : { r: 3, fill: chartColors.panel }}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
          <p className="muted small chart-legend" aria-hidden="true">
            <span className="legend-item">
              <span className="legend-line" style={{ borderColor: chartColors.accent }} />{' '}
              {t('dashboard.hireChart.mature')}
            </span>
            <span className="legend-item">
              <span className="legend-line dashed" style={{ borderColor: chartColors.provisional }} />{' '}
              {t('dashboard.hireChart.provisionalSeries')}
            </span>
            <span className="legend-item">
              <span className="legend-line dotted" style={{ borderColor: chartColors.danger }} />{' '}
              {t('glance.hireChart.watchLegend', { rate: format.percent(watch, 1) })}
            </span>
            {dashboard.baselineHireRate !== null && (
              <span className="legend-item">
                <span className="legend-line dashed" style={{ borderColor: chartColors.muted }} />{' '}
                {t('dashboard.hireChart.baselineLegend', { rate: format.percent(dashboard.baselineHireRate) })}
              </span>
            )}
          </p>
        </ChartFrame>
      )}
    </section>
  );
}

function WeekTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const week = payload?.[0]?.payload as WeekPoint | undefined;
  if (!active || !week) return null;
  return (
    <div className="chart-tooltip">
      <strong>{weekRange(week.weekStart, i18n.language)}</strong>
      <div>{t('dashboard.tooltip.sent', { count: week.sent })}</div>
      <div>{t('dashboard.tooltip.hired', { count: week.hired })}</div>
      <div>
        {t('dashboard.hireChart.tooltipRate', { rate: week.hireRate === null ? '—' : format.percent(week.hireRate) })}
      </div>
      {!week.mature && <div className="muted">{t('dashboard.tooltip.provisional')}</div>}
    </div>
  );
}
