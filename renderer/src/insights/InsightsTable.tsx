import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightRow } from '@shared/domain/insights';
import type { InsightMetric } from './InsightsChart';
import { useFormat } from '../hooks/use-format';

type SortKey = 'rank' | 'value' | 'sent' | 'viewRate' | 'hireRate';

const SORTERS: Record<
  Exclude<SortKey, 'rank'>,
  (a: InsightRow, b: InsightRow, label: (r: InsightRow) => string) => number
> = {
  value: (a, b, label) => label(a).localeCompare(label(b)),
  sent: (a, b) => a.sent - b.sent,
  viewRate: (a, b) => (a.viewRate ?? -1) - (b.viewRate ?? -1),
  hireRate: (a, b) => (a.hireRate ?? -1) - (b.hireRate ?? -1),
};

/** Every group, sortable by clicking a header (keyboard: Tab + Enter); ranked order by default. */
export function InsightsTable({
  rows,
  minCount,
  metric,
  labelOf,
}: {
  rows: InsightRow[];
  minCount: number;
  metric: InsightMetric;
  labelOf: (row: InsightRow) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'rank', descending: false });

  const sorted = useMemo(() => {
    if (sort.key === 'rank') return rows;
    const compare = SORTERS[sort.key];
    // Groups without enough data stay at the bottom whatever the sort: their rates say little.
    return [...rows].sort(
      (a, b) => Number(b.enough) - Number(a.enough) || (sort.descending ? -1 : 1) * compare(a, b, labelOf),
    );
  }, [rows, sort, labelOf]);

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={numeric ? 'num' : undefined}
        aria-sort={active && key !== 'rank' ? (sort.descending ? 'descending' : 'ascending') : undefined}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ key, descending: active ? !sort.descending : key !== 'value' })}
          title={t('insights.sortBy', { column: label })}
        >
          {label}
          {active && key !== 'rank' ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };
  const rate = (value: number | null) => (value === null ? '—' : format.percent(value));

  return (
    <table className="insights-table">
      <thead>
        <tr>
          {header('value', t('insights.columns.value'))}
          {header('sent', t('insights.columns.sent'), true)}
          {header('viewRate', t('insights.columns.viewRate'), true)}
          {header('hireRate', t('insights.columns.hireRate'), true)}
          <th scope="col" className="num">
            {t('insights.columns.range', {
              metric: metric === 'hire' ? t('insights.metricHire') : t('insights.metricView'),
            })}
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.value} className={row.enough ? undefined : 'not-enough'}>
            <td>{labelOf(row)}</td>
            <td className="num">{format.number(row.sent)}</td>
            {row.enough ? (
              <>
                <td className="num">{rate(row.viewRate)}</td>
                <td className="num">
                  {rate(row.hireRate)} <span className="muted">({format.number(row.hired)})</span>
                </td>
                <td className="num muted">
                  {metric === 'hire'
                    ? `${format.percent(row.hireLow)}–${format.percent(row.hireHigh)}`
                    : `${format.percent(row.viewLow)}–${format.percent(row.viewHigh)}`}
                </td>
              </>
            ) : (
              <td className="num muted" colSpan={3}>
                {t('insights.notEnough', { count: row.sent, min: minCount })}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
