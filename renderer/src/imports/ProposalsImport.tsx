import { useTranslation } from 'react-i18next';
import {
  DATE_ORDERS,
  PROPOSAL_IMPORT_FIELDS,
  type DateOrder,
  type ProposalColumnMapping,
  type ProposalImportPreview,
} from '@shared/domain/imports';
import { call } from '../api';
import { useFormat } from '../hooks/use-format';
import { ImportPanel } from './ImportPanel';
import { ImportProblems } from './ImportProblems';
import { useImportFlow } from './use-import-flow';

/** Choose a spreadsheet CSV, say which column holds what (guessed first), see the result, import. */
export function ProposalsImport() {
  const { t } = useTranslation();
  const format = useFormat();
  const flow = useImportFlow<ProposalImportPreview>({
    commit: (text, p) => call('import:proposalsCommit', { text, mapping: p.mapping, dateOrder: p.dateOrder }),
    doneMessage: ({ added, duplicates }) =>
      t('money.import.doneProposals', {
        count: added,
        added: format.number(added),
        duplicates: format.number(duplicates),
      }),
  });

  const preview = (text: string, name: string, mapping: ProposalColumnMapping | null, dateOrder: DateOrder) =>
    flow.preview(name, text, call('import:proposalsPreview', { text, mapping, dateOrder }));

  return (
    <ImportPanel
      id="proposals-import-title"
      title={t('money.import.proposalsTitle')}
      help={t('money.import.proposalsHelp')}
      flow={flow}
      onFile={(text, name) => void preview(text, name, null, 'mdy')}
      commitLabel={(p) =>
        p.canCommit
          ? t('money.import.commitProposals', { count: p.okCount, formatted: format.number(p.okCount) })
          : null
      }
    >
      {(p, name, text) => (
        <>
          <h3>{t('money.import.mappingTitle')}</h3>
          <div className="mapping-grid">
            {PROPOSAL_IMPORT_FIELDS.map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`map-${field}`}>{t(`money.import.fields.${field}`)}</label>
                <select
                  id={`map-${field}`}
                  value={p.mapping[field] ?? ''}
                  onChange={(e) =>
                    void preview(text, name, { ...p.mapping, [field]: e.target.value || null }, p.dateOrder)
                  }
                >
                  <option value="">{t('money.import.notMapped')}</option>
                  {p.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <div className="field">
              <label htmlFor="map-date-order">{t('money.import.dateOrder')}</label>
              <select
                id="map-date-order"
                value={p.dateOrder}
                onChange={(e) => void preview(text, name, p.mapping, e.target.value as DateOrder)}
              >
                {DATE_ORDERS.map((o) => (
                  <option key={o} value={o}>
                    {t(`money.import.dateOrders.${o}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p>
            {t('money.import.okRows', {
              count: p.okCount,
              formatted: format.number(p.okCount),
              total: format.number(p.rowCount),
            })}
            {p.duplicateCount > 0 && (
              <span className="muted"> · {t('money.import.alreadyLogged', { count: p.duplicateCount })}</span>
            )}
          </p>
          {p.rejectedCount > 0 && <ImportProblems issues={p.rejected} total={p.rejectedCount} />}
          {p.sample.length > 0 && (
            <table>
              <caption className="sr-only">{t('money.import.sample')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('money.columns.line')}
                  </th>
                  <th scope="col">{t('money.columns.sentAt')}</th>
                  <th scope="col">{t('money.columns.job')}</th>
                  <th scope="col" className="num">
                    {t('money.columns.connects')}
                  </th>
                  <th scope="col">{t('money.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {p.sample.map((row) => (
                  <tr key={row.line}>
                    <td className="num muted">{row.line}</td>
                    <td className="nowrap">{format.date(row.sentAt)}</td>
                    <td>{row.jobTitle}</td>
                    <td className="num">{format.number(row.connects)}</td>
                    <td>{t(`proposals.status.${row.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </ImportPanel>
  );
}
