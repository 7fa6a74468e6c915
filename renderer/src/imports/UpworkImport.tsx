import { useTranslation } from 'react-i18next';
import type { UpworkImportPreview } from '@shared/domain/imports';
import { call } from '../api';
import { useFormat } from '../hooks/use-format';
import { ImportPanel } from './ImportPanel';
import { ImportProblems } from './ImportProblems';
import { useImportFlow } from './use-import-flow';

/** Choose the file, see what it holds, then import it in one go (or not at all). */
export function UpworkImport() {
  const { t } = useTranslation();
  const format = useFormat();
  const flow = useImportFlow<UpworkImportPreview>({
    commit: (text) => call('import:upworkCommit', { text }),
    doneMessage: ({ added, duplicates }) =>
      t('money.import.done', {
        count: added,
        added: format.number(added),
        duplicates: format.number(duplicates),
      }),
  });

  return (
    <ImportPanel
      id="upwork-import-title"
      title={t('money.import.upworkTitle')}
      help={t('money.import.upworkHelp')}
      flow={flow}
      onFile={(text, name) => void flow.preview(name, text, call('import:upworkPreview', { text }))}
      commitLabel={(p) =>
        p.canCommit ? t('money.import.commit', { count: p.newCount, formatted: format.number(p.newCount) }) : null
      }
    >
      {(preview, name) => <UpworkPreview preview={preview} name={name} />}
    </ImportPanel>
  );
}

function UpworkPreview({ preview: p, name }: { preview: UpworkImportPreview; name: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <h3>{t('money.import.previewTitle', { name })}</h3>
      {p.rejectedCount > 0 && <ImportProblems issues={p.rejected} total={p.rejectedCount} />}
      <dl className="facts">
        <dt>{t('money.import.layout')}</dt>
        <dd>{t(`money.import.layouts.${p.layout ?? 'unknown'}`)}</dd>
        <dt>{t('money.import.rows')}</dt>
        <dd>{format.number(p.rowCount)}</dd>
        <dt>{t('money.import.new')}</dt>
        <dd>
          <strong>{format.number(p.newCount)}</strong>
        </dd>
        <dt>{t('money.import.duplicates')}</dt>
        <dd>{format.number(p.duplicateCount)}</dd>
        {p.firstDate && p.lastDate && (
          <>
            <dt>{t('money.import.dateRange')}</dt>
            <dd>{`${format.date(p.firstDate)} – ${format.date(p.lastDate)}`}</dd>
          </>
        )}
      </dl>
      {p.totals.length > 0 && (
        <table className="import-totals">
          <caption>{t('money.import.totals')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('money.columns.kind')}</th>
              <th scope="col" className="num">
                {t('money.import.count')}
              </th>
              <th scope="col" className="num">
                {t('money.columns.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.totals.map((total) => (
              <tr key={total.kind}>
                <td>{t(`money.kinds.${total.kind}`)}</td>
                <td className="num">{format.number(total.count)}</td>
                <td className={`num ${total.amountCents < 0 ? 'money-out' : 'money-in'}`}>
                  {format.moneyColumn(total.amountCents)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.replacesWeekly.rows > 0 && (
        <p className="import-matched">
          {t('hours.import.replaces', {
            count: p.replacesWeekly.rows,
            formatted: format.number(p.replacesWeekly.rows),
            amount: format.money(p.replacesWeekly.amountCents),
          })}
        </p>
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
                  <td className="nowrap">{format.date(row.occurredAt)}</td>
                  <td>{t(`money.kinds.${row.kind}`)}</td>
                  <td>
                    {row.description}
                    {row.duplicate && <span className="badge">{t('money.import.duplicateBadge')}</span>}
                  </td>
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
