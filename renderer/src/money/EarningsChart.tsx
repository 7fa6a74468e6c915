import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PeriodMoney } from '@shared/domain/money';
import { earningsSeries, earningsTotals, type EarningsPoint } from '@shared/money/earnings-chart';
import { useFormat } from '../hooks/use-format';
import { ChartFrame } from '../ui/ChartFrame';
import { axisTick, chartColors, INITIAL_CHART_SIZE, tooltipStyle } from '../dashboard/chart-theme';
import { shortWeek, weekRange } from '../dashboard/week-format';
import { useMonthText } from '../hours/HourlyRateText';

/**
 * Gross and net per week or month (bars, left axis, dollars) with the Connects the period's
 * proposals used (line, right axis), following the Earnings period selector.
 */
export function EarningsChart({ buckets, unit }: { buckets: PeriodMoney[]; unit: 'week' | 'month' }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const monthText = useMonthText();
  const points = earningsSeries(buckets);
  const totals = earningsTotals(points);
  const dollars = (value: number) => format.money(Math.round(value * 100));
  const periodName = (period: string) => (unit === 'week' ? weekRange(period, i18n.language) : monthText(period));
  const tick = (period: string) =>
    unit === 'week'
      ? shortWeek(period, i18n.language)
      : new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' }).format(
          new Date(`${period}-15T00:00:00Z`),
        );
  const noMoney = points.every((p) => p.gross === 0 && p.net === 0);
  const empty = noMoney && points.every((p) => p.connects === 0);
  // The bars and the line in words; the table below has each period's figures.
  const summary =
    t('hours.charts.earnings.summary', {
      from: periodName(points[0]?.period ?? ''),
      to: periodName(points[points.length - 1]?.period ?? ''),
      gross: dollars(totals.gross),
      net: dollars(totals.net),
      connects: format.number(totals.connects),
      cost: dollars(totals.connectsCost),
    }) +
    (totals.best
      ? ' ' + t('hours.charts.earnings.best', { period: periodName(totals.best.period), net: dollars(totals.best.net) })
      : '');
  const title = t('hours.charts.earnings.title');
  return (
    <section className="panel" aria-labelledby="earnings-chart-title">
      <h2 id="earnings-chart-title">{title}</h2>
      {points.length === 0 || empty ? (
        <p className="chart-empty">{t('hours.charts.earnings.empty')}</p>
      ) : (
        <ChartFrame label={title} summary={summary}>
          <ResponsiveContainer width="100%" height={260} initialDimension={INITIAL_CHART_SIZE}>
            <ComposedChart data={points} margin={{ top: 12, right: 8, bottom: 4, left: 8 }}>
              <CartesianGrid stroke={chartColors.grid} strokeDasharray="2 4" vertical={false} />
              <XAxis dataKey="period" tickFormatter={tick} tick={axisTick} minTickGap={16} />
              {/* With nothing earned, recharts would invent a $0 to $4 scale: one $0 tick says what is true. */}
              <YAxis
                yAxisId="money"
                tick={axisTick}
                width={72}
                tickFormatter={dollars}
                {...(noMoney && { domain: [0, 1], ticks: [0] })}
              />
              <YAxis
                yAxisId="connects"
                orientation="right"
                allowDecimals={false}
                tick={axisTick}
                width={64}
                tickFormatter={(v: number) => format.number(v)}
                label={{
                  value: t('hours.charts.earnings.connectsAxis'),
                  angle: 90,
                  position: 'insideRight',
                  fill: chartColors.muted,
                  fontSize: 12,
                }}
              />
              <Tooltip
                labelFormatter={(period) => periodName(String(period))}
                formatter={(value, _name, item) => {
                  const point = item.payload as EarningsPoint;
                  if (item.dataKey === 'connects')
                    return t('hours.charts.earnings.connectsValue', {
                      connects: format.number(point.connects),
                      cost: dollars(point.connectsCost),
                    });
                  return dollars(Number(value));
                }}
                contentStyle={tooltipStyle}
              />
              <Bar
                yAxisId="money"
                name={t('hours.charts.earnings.gross')}
                dataKey="gross"
                fill={chartColors.accent}
                fillOpacity={0.35}
                isAnimationActive={false}
              />
              <Bar
                yAxisId="money"
                name={t('hours.charts.earnings.net')}
                dataKey="net"
                fill={chartColors.accent}
                fillOpacity={0.9}
                isAnimationActive={false}
              />
              <Line
                yAxisId="connects"
                name={t('hours.charts.earnings.connects')}
                dataKey="connects"
                stroke={chartColors.secondary}
                strokeWidth={2}
                dot={{ r: 2.5, fill: chartColors.secondary }}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
          {noMoney && <p className="muted small">{t('hours.charts.earnings.noMoney')}</p>}
          {/* Our own legend, not recharts': its icons carry English labels. */}
          <p className="muted small chart-legend" aria-hidden="true">
            <span className="legend-item">
              <span className="legend-box" style={{ background: chartColors.accent, opacity: 0.35 }} />
              {t('hours.charts.earnings.gross')}
            </span>
            <span className="legend-item">
              <span className="legend-box" style={{ background: chartColors.accent, opacity: 0.9 }} />
              {t('hours.charts.earnings.net')}
            </span>
            <span className="legend-item">
              <span className="legend-line" style={{ borderColor: chartColors.secondary }} />
              {t('hours.charts.earnings.connects')}
            </span>
          </p>
        </ChartFrame>
      )}
    </section>
  );
}
