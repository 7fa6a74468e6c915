import { useTranslation } from 'react-i18next';
import type { WeeklySummaryPreview } from '@shared/domain/imports';
import { call } from '../api';
import { useFormat } from '../hooks/use-format';
import { ImportPanel } from './ImportPanel';
import { ImportProblems } from './ImportProblems';
import { useImportFlow } from './use-import-flow';

/** Upwork's Weekly Summary: hours per contract and day, through the same preview and all-or-nothing commit. */
export function WeeklyImport() {
  const { t } = useTranslation();
  const format = useFormat();
  const flow = useImportFlow<WeeklySummaryPreview>({
    commit: (text) => call('import:weeklyCommit', { text }),
    doneMessage: ({ added, duplicates }) =>
      t('money.import.done', { count: added, added: format.number(added), duplicates: format.number(duplicates) }),
  });

  return (
    <ImportPanel
      id="weekly-import-title"
      title={t('hours.import.title')}
      help={t('hours.import.help')}
      flow={flow}
      onFile={(text, name) => void flow.preview(name, text, call('import:weeklyPreview', { text }))}
      commitLabel={(p) =>
        p.canCommit ? t('money.import.commit', { count: p.newCount, formatted: format.number(p.newCount) }) : null
      }
    >
      {(preview, name) => <WeeklyPreview preview={preview} name={name} />}
    </ImportPanel>
  );
}

function WeeklyPreview({ preview: p, name }: { preview: WeeklySummaryPreview; name: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = (seconds: number) => t('hours.import.hoursValue', { hours: format.number(seconds / 3600, 2) });
  const money = (key: 'matched' | 'added', { rows, amountCents }: WeeklySummaryPreview['matched']) =>
    rows > 0 && (
      <p className={`import-${key}`}>
        {t(`hours.import.${key}`, { count: rows, formatted: format.number(rows), amount: format.money(amountCents) })}
      </p>
    );
  return (
    <>
      <h3>{t('money.import.previewTitle', { name })}</h3>
      {p.rejectedCount > 0 && <ImportProblems issues={p.rejected} total={p.rejectedCount} />}
      <dl className="facts">
        <dt>{t('money.import.rows')}</dt>
        <dd>{format.number(p.rowCount)}</dd>
        <dt>{t('money.import.new')}</dt>
        <dd>
          <strong>{format.number(p.newCount)}</strong>
        </dd>
        <dt>{t('money.import.duplicates')}</dt>
        <dd>{format.number(p.duplicateCount)}</dd>
        <dt>{t('hours.import.hours')}</dt>
        <dd>{hours(p.seconds)}</dd>
        <dt>{t('hours.import.contracts')}</dt>
        <dd>{format.number(p.contractCount)}</dd>
        {p.firstDate && p.lastDate && (
          <>
            <dt>{t('money.import.dateRange')}</dt>
            <dd>{`${format.date(p.firstDate)} – ${format.date(p.lastDate)}`}</dd>
          </>
        )}
      </dl>
      {p.contracts.length > 0 && (
        <table className="import-totals import-contracts">
          <caption>{t('hours.import.contractsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hours.import.columns.contract')}</th>
              <th scope="col">{t('hours.import.columns.found')}</th>
              <th scope="col" className="num">
                {t('hours.import.columns.hours')}
              </th>
              <th scope="col" className="num">
                {t('hours.import.columns.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.contracts.map((c) => (
              <tr key={c.upworkId}>
                <td>{`${c.title} (${c.upworkId})`}</td>
                <td>{t(`hours.import.match.${c.match}`)}</td>
                <td className="num nowrap">{c.seconds > 0 ? hours(c.seconds) : '–'}</td>
                <td className="num">{format.moneyColumn(c.amountCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.contractCount > p.contracts.length && (
        <p className="muted">{t('hours.import.moreContracts', { count: p.contractCount - p.contracts.length })}</p>
      )}
      {p.newCount > 0 && (
        <section className="import-money" aria-label={t('hours.import.matchedTitle')}>
          <h4>{t('hours.import.matchedTitle')}</h4>
          {money('matched', p.matched)}
          {money('added', p.added)}
          {p.matched.rows + p.added.rows === 0 && <p>{t('hours.import.noMoney')}</p>}
          <p className="muted">{t('hours.import.rule')}</p>
        </section>
      )}
      {p.rejectedCount === 0 && p.newCount === 0 && <p>{t('money.import.nothingNew')}</p>}
      {p.sample.length > 0 && (
        <details className="form-section">
          <summary>{t('money.import.sample')}</summary>
          <table>
            <tbody>
              {p.sample.map((row) => (
                <tr key={row.line}>
                  <td className="num muted">{row.line}</td>
                  <td className="nowrap">{format.date(`${row.day}T12:00:00.000Z`)}</td>
                  <td>
                    {row.contract}
                    {row.duplicate && <span className="badge">{t('money.import.duplicateBadge')}</span>}
                  </td>
                  <td>{t(`hours.import.payments.${row.payment}`)}</td>
                  <td className="num nowrap">{row.seconds === null ? '' : hours(row.seconds)}</td>
                  <td className="num">{format.moneyColumn(row.amountCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}
