import { useTranslation } from 'react-i18next';
import type { Dashboard } from '@shared/domain/dashboard';
import { useFormat } from '../hooks/use-format';
import { routeHref } from '../hooks/use-route';
import { weekRange } from './week-format';
import { DataTable } from '../ui/DataTable';

/** Newest week first; each week links to its review. Provisional rates are marked in words, not colour alone. */
export function WeeksTable({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const rows = [...dashboard.weeks].reverse();
  const rate = (value: number | null) => (value === null ? '—' : format.percent(value));
  return (
    <section aria-labelledby="weeks-table-title">
      <h2 id="weeks-table-title">{t('dashboard.table.title')}</h2>
      <p className="muted small">{t('dashboard.table.caption')}</p>
      <DataTable
        className="weeks-table"
        columns={[
          { label: t('dashboard.table.week') },
          { label: t('dashboard.table.sent'), numeric: true },
          { label: t('dashboard.table.viewed'), numeric: true },
          { label: t('dashboard.table.interviews'), numeric: true },
          { label: t('dashboard.table.hires'), numeric: true },
          { label: t('dashboard.table.hireRate'), numeric: true },
          { label: t('dashboard.table.connects'), numeric: true },
          { label: t('dashboard.table.cost'), numeric: true },
          ...(dashboard.earningsAvailable ? [{ label: t('dashboard.table.earnings'), numeric: true }] : []),
        ]}
      >
        {rows.map((week) => {
          const range = weekRange(week.weekStart, i18n.language);
          return (
            <tr
              key={week.weekStart}
              className={week.mature ? undefined : 'provisional-row'}
              aria-current={week.weekStart === dashboard.week ? 'true' : undefined}
            >
              <td className="nowrap">
                <a
                  href={routeHref({ page: 'week', week: week.weekStart })}
                  aria-label={t('dashboard.table.review', { range })}
                >
                  {range}
                </a>
                {!week.mature && <span className="badge provisional-badge">{t('dashboard.provisional')}</span>}
              </td>
              <td className="num">{format.number(week.sent)}</td>
              <td className="num">
                {format.number(week.viewed)} <span className="muted">({rate(week.viewRate)})</span>
              </td>
              <td className="num">{format.number(week.interviewed)}</td>
              <td className="num">{format.number(week.hired)}</td>
              <td className="num">{rate(week.hireRate)}</td>
              <td className="num">{format.number(week.connects)}</td>
              <td className="num">{format.moneyColumn(week.connectsCostCents)}</td>
              {dashboard.earningsAvailable && <td className="num">{format.moneyColumn(week.earningsCents)}</td>}
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
