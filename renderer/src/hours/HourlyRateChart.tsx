import { useTranslation } from 'react-i18next';
import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthHours } from '@shared/domain/hours';
import { MIN_RATE_HOURS } from '@shared/money/hourly-rate';
import { rateRange, rateSeries, type RatePoint } from '@shared/money/earnings-chart';
import { useFormat } from '../hooks/use-format';
import { ChartFrame } from '../ui/ChartFrame';
import { axisTick, chartColors, INITIAL_CHART_SIZE, tooltipStyle } from '../dashboard/chart-theme';
import { useHoursText, useMonthText } from './HourlyRateText';

/** A month's dot: filled with enough hours, hollow with few (its rate is a guess, not a trend). */
function RateDot(props: { cx?: number; cy?: number; payload?: RatePoint }) {
  const { cx, cy, payload } = props;
  if (cx == null || cy == null || payload?.gross == null) return null;
  return payload.enough ? (
    <circle cx={cx} cy={cy} r={4} fill={chartColors.accent} stroke={chartColors.accent} />
  ) : (
    <circle cx={cx} cy={cy} r={4.5} fill={chartColors.panel} stroke={chartColors.accent} strokeWidth={2} />
  );
}

/**
 * The effective hourly rate (gross) by month, oldest first: a solid line through months with
 * enough hours, a dashed one through every month, and hollow dots where the hours are few.
 */
export function HourlyRateChart({ months }: { months: MonthHours[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const monthText = useMonthText();
  const hoursText = useHoursText();
  const points = rateSeries(months);
  const shortMonth = (month: string) =>
    new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-15T00:00:00Z`),
    );
  const perHour = (dollars: number) => t('hours.rates.perHour', { amount: format.money(Math.round(dollars * 100)) });
  const few = points.filter((p) => !p.enough).map((p) => monthText(p.month));
  const range = rateRange(points);
  // The line in words: the span, the lowest and highest months that can be trusted, and which are not.
  const summary = [
    t('hours.charts.rate.summary', {
      from: monthText(points[0]?.month ?? ''),
      to: monthText(points[points.length - 1]?.month ?? ''),
      count: points.length,
    }),
    range
      ? t('hours.charts.rate.range', {
          low: perHour(range.low.gross!),
          lowMonth: monthText(range.low.month),
          high: perHour(range.high.gross!),
          highMonth: monthText(range.high.month),
        })
      : '',
    few.length > 0
      ? t('hours.charts.rate.few', {
          months: new Intl.ListFormat(i18n.language).format(few),
          min: MIN_RATE_HOURS,
          count: few.length,
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const title = t('hours.charts.rate.title');
  if (points.length === 0) return null;
  return (
    <ChartFrame label={title} summary={summary}>
      <ResponsiveContainer width="100%" height={240} initialDimension={INITIAL_CHART_SIZE}>
        <ComposedChart data={points} margin={{ top: 12, right: 48, bottom: 4, left: 8 }}>
          <CartesianGrid stroke={chartColors.grid} strokeDasharray="2 4" vertical={false} />
          <XAxis dataKey="month" tickFormatter={(m: string) => shortMonth(m)} tick={axisTick} minTickGap={24} />
          <YAxis tick={axisTick} width={80} tickFormatter={perHour} domain={[0, 'auto']} />
          <Tooltip
            labelFormatter={(month) => monthText(String(month))}
            formatter={(_value, _name, item) => {
              const point = item.payload as RatePoint;
              const text = t('hours.charts.rate.tooltip', {
                rate: point.gross === null ? '—' : perHour(point.gross),
                net: point.net === null ? '—' : perHour(point.net),
                hours: hoursText(point.hours * 3600),
              });
              // No series name before it: the text says what the figures are.
              return [point.enough ? text : `${text} · ${t('hours.rates.fewHours')}`, ''];
            }}
            separator=""
            contentStyle={tooltipStyle}
          />
          {/* Every month, dashed: where a few-hours month sits, the line through it is only a guide. */}
          <Line
            name={t('hours.charts.rate.gross')}
            dataKey="gross"
            stroke={chartColors.accent}
            strokeWidth={1.5}
            strokeDasharray="4 4"
            dot={<RateDot />}
            activeDot={false}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            name={t('hours.charts.rate.gross')}
            dataKey="solid"
            stroke={chartColors.accent}
            strokeWidth={2.5}
            dot={false}
            activeDot={false}
            tooltipType="none"
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <p className="muted small chart-legend" aria-hidden="true">
        <span className="legend-item">
          <span className="legend-dot" style={{ background: chartColors.accent, borderColor: chartColors.accent }} />
          {t('hours.charts.rate.enough', { min: MIN_RATE_HOURS })}
        </span>
        <span className="legend-item">
          <span className="legend-dot" style={{ background: chartColors.panel, borderColor: chartColors.accent }} />
          {t('hours.rates.fewHours')}
        </span>
      </p>
    </ChartFrame>
  );
}
