import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DATE_ORDERS,
  PROPOSAL_IMPORT_FIELDS,
  type DateOrder,
  type ProposalColumnMapping,
  type ProposalImportPreview,
} from '@shared/domain/imports';
import { call } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { FilePicker } from '../ui/FilePicker';
import { ImportProblems } from './ImportProblems';
import { errorText } from '../forms/error-text';
import { FormError } from '../ui/FormError';

type State =
  | { step: 'choose'; message?: string }
  | { step: 'map'; name: string; text: string; preview: ProposalImportPreview; error?: string };

/** Choose a spreadsheet CSV, say which column holds what (guessed first), see the result, import. */
export function ProposalsImport() {
  const { t } = useTranslation();
  const format = useFormat();
  const { changed } = useDataVersion();
  const [state, setState] = useState<State>({ step: 'choose' });

  async function preview(text: string, name: string, mapping: ProposalColumnMapping | null, dateOrder: DateOrder) {
    const result = await call('import:proposalsPreview', { text, mapping, dateOrder });
    if (!result.ok) return setState({ step: 'choose', message: errorText(t, result.error) });
    setState({ step: 'map', name, text, preview: result.value });
  }

  async function commit() {
    if (state.step !== 'map') return;
    const { text, preview: p } = state;
    const result = await call('import:proposalsCommit', { text, mapping: p.mapping, dateOrder: p.dateOrder });
    if (!result.ok) {
      return setState({ ...state, error: errorText(t, result.error) });
    }
    changed();
    setState({
      step: 'choose',
      message: t('money.import.doneProposals', {
        count: result.value.added,
        added: format.number(result.value.added),
        duplicates: format.number(result.value.duplicates),
      }),
    });
  }

  return (
    <section className="panel" aria-labelledby="proposals-import-title">
      <h2 id="proposals-import-title">{t('money.import.proposalsTitle')}</h2>
      <p className="muted">{t('money.import.proposalsHelp')}</p>
      {state.step === 'choose' && (
        <>
          <FilePicker
            label={t('money.import.proposalsTitle')}
            onText={(text, name) => void preview(text, name, null, 'mdy')}
          />
          {state.message && <p role="status">{state.message}</p>}
        </>
      )}
      {state.step === 'map' && (
        <div className="import-preview" role="region" aria-label={t('money.import.previewTitle', { name: state.name })}>
          <h3>{t('money.import.mappingTitle')}</h3>
          <div className="mapping-grid">
            {PROPOSAL_IMPORT_FIELDS.map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`map-${field}`}>{t(`money.import.fields.${field}`)}</label>
                <select
                  id={`map-${field}`}
                  value={state.preview.mapping[field] ?? ''}
                  onChange={(e) =>
                    void preview(
                      state.text,
                      state.name,
                      { ...state.preview.mapping, [field]: e.target.value || null },
                      state.preview.dateOrder,
                    )
                  }
                >
                  <option value="">{t('money.import.notMapped')}</option>
                  {state.preview.headers.map((h) => (
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
                value={state.preview.dateOrder}
                onChange={(e) =>
                  void preview(state.text, state.name, state.preview.mapping, e.target.value as DateOrder)
                }
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
              count: state.preview.okCount,
              formatted: format.number(state.preview.okCount),
              total: format.number(state.preview.rowCount),
            })}
            {state.preview.duplicateCount > 0 && (
              <span className="muted">
                {' '}
                · {t('money.import.alreadyLogged', { count: state.preview.duplicateCount })}
              </span>
            )}
          </p>
          {state.preview.rejectedCount > 0 && (
            <ImportProblems issues={state.preview.rejected} total={state.preview.rejectedCount} />
          )}
          {state.preview.sample.length > 0 && (
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
                {state.preview.sample.map((row) => (
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
          <div className="form-actions">
            {state.preview.canCommit && (
              <button type="button" className="primary" onClick={() => void commit()}>
                {t('money.import.commitProposals', {
                  count: state.preview.okCount,
                  formatted: format.number(state.preview.okCount),
                })}
              </button>
            )}
            <button type="button" onClick={() => setState({ step: 'choose' })}>
              {t('money.import.cancel')}
            </button>
            <FormError text={state.error} />
          </div>
        </div>
      )}
    </section>
  );
}
