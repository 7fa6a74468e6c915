import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightRow } from '@shared/domain/insights';
import { useFormat } from '../hooks/use-format';
import { ChartFrame } from '../ui/ChartFrame';
import { axisTick, chartColors, tooltipStyle } from '../dashboard/chart-theme';

export type InsightMetric = 'hire' | 'view';

interface ChartRow {
  label: string;
  /** The Wilson 95% interval: drawn as a floating bar. */
  range: [number, number];
  rate: number;
  sent: number;
}

interface RangeShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ChartRow;
  fill?: string;
}

/** A forest plot row: the 95% range as a light band, the observed rate as a solid mark on it. */
function RangeShape({ x = 0, y = 0, width = 0, height = 0, payload, fill }: RangeShapeProps) {
  if (!payload) return null;
  const [low, high] = payload.range;
  const rateX = high > low ? x + ((payload.rate - low) / (high - low)) * width : x;
  return (
    <g>
      <rect
        x={x}
        y={y + height * 0.25}
        width={Math.max(width, 2)}
        height={height * 0.5}
        rx={3}
        fill={fill}
        fillOpacity={0.3}
      />
      <rect x={rateX - 2} y={y + height * 0.1} width={4} height={height * 0.8} rx={1} fill={fill} />
    </g>
  );
}

/** The ranked groups with enough data, each with its rate and 95% range. */
export function InsightsChart({
  rows,
  metric,
  labelOf,
  title,
}: {
  rows: InsightRow[];
  metric: InsightMetric;
  labelOf: (row: InsightRow) => string;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const data: ChartRow[] = rows
    .filter((r) => r.enough)
    .slice(0, 12)
    .map((r) => ({
      label: labelOf(r),
      range: metric === 'hire' ? [r.hireLow, r.hireHigh] : [r.viewLow, r.viewHigh],
      rate: (metric === 'hire' ? r.hireRate : r.viewRate) ?? 0,
      sent: r.sent,
    }));
  if (data.length === 0) return null;
  const height = 56 + data.length * 30;
  const color = metric === 'hire' ? chartColors.accent : chartColors.secondary;
  // The ranking in words, for those who cannot see the bars; the table below has every group.
  const groups = data.map((row) =>
    t('insights.chartSummaryGroup', {
      label: row.label,
      rate: format.percent(row.rate),
      low: format.percent(row.range[0]),
      high: format.percent(row.range[1]),
    }),
  );
  const summary = t('insights.chartSummary', { groups: new Intl.ListFormat(i18n.language).format(groups) });
  return (
    <ChartFrame label={title} summary={summary}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 32, bottom: 8, left: 8 }}>
          <CartesianGrid stroke={chartColors.grid} strokeDasharray="2 4" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 'auto']}
            tickFormatter={(v: number) => format.percent(v, 0)}
            tick={axisTick}
          />
          <YAxis type="category" dataKey="label" width={190} tick={axisTick} interval={0} />
          <Tooltip
            formatter={(_value, _name, item) => {
              const row = item.payload as ChartRow;
              return [
                t('insights.tooltip', {
                  rate: format.percent(row.rate),
                  low: format.percent(row.range[0]),
                  high: format.percent(row.range[1]),
                  count: row.sent,
                }),
                metric === 'hire' ? t('insights.metricHire') : t('insights.metricView'),
              ];
            }}
            contentStyle={tooltipStyle}
          />
          <Bar dataKey="range" fill={color} shape={<RangeShape />} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <p className="muted small chart-legend">
        <span className="legend-item">
          <span className="legend-range" style={{ background: color }} /> {t('insights.legendRange')}
        </span>
        <span className="legend-item">
          <span className="legend-mark" style={{ background: color }} /> {t('insights.legendRate')}
        </span>
      </p>
    </ChartFrame>
  );
}
