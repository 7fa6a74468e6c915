import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpworkImportPreview } from '@shared/domain/imports';
import { call } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { FilePicker } from '../ui/FilePicker';
import { ImportProblems } from './ImportProblems';
import { errorText } from '../forms/error-text';
import { FormError } from '../ui/FormError';

type State =
  | { step: 'choose'; message?: string }
  | { step: 'preview'; name: string; text: string; preview: UpworkImportPreview; error?: string };

/** Choose the file, see what it holds, then import it in one go (or not at all). */
export function UpworkImport() {
  const { t } = useTranslation();
  const format = useFormat();
  const { changed } = useDataVersion();
  const [state, setState] = useState<State>({ step: 'choose' });

  async function read(text: string, name: string) {
    const result = await call('import:upworkPreview', { text });
    if (!result.ok) return setState({ step: 'choose', message: errorText(t, result.error) });
    setState({ step: 'preview', name, text, preview: result.value });
  }

  async function commit() {
    if (state.step !== 'preview') return;
    const result = await call('import:upworkCommit', { text: state.text });
    if (!result.ok) {
      return setState({ ...state, error: errorText(t, result.error) });
    }
    changed();
    setState({
      step: 'choose',
      message: t('money.import.done', {
        count: result.value.added,
        added: format.number(result.value.added),
        duplicates: format.number(result.value.duplicates),
      }),
    });
  }

  return (
    <section className="panel" aria-labelledby="upwork-import-title">
      <h2 id="upwork-import-title">{t('money.import.upworkTitle')}</h2>
      <p className="muted">{t('money.import.upworkHelp')}</p>
      {state.step === 'choose' && (
        <>
          <FilePicker label={t('money.import.upworkTitle')} onText={(text, name) => void read(text, name)} />
          {state.message && <p role="status">{state.message}</p>}
        </>
      )}
      {state.step === 'preview' && (
        <UpworkPreview state={state} onCommit={() => void commit()} onCancel={() => setState({ step: 'choose' })} />
      )}
    </section>
  );
}

function UpworkPreview({
  state,
  onCommit,
  onCancel,
}: {
  state: Extract<State, { step: 'preview' }>;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = state.preview;
  return (
    <div className="import-preview" aria-label={t('money.import.previewTitle', { name: state.name })} role="region">
      <h3>{t('money.import.previewTitle', { name: state.name })}</h3>
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
      <div className="form-actions">
        {p.canCommit && (
          <button type="button" className="primary" onClick={onCommit}>
            {t('money.import.commit', { count: p.newCount, formatted: format.number(p.newCount) })}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('money.import.cancel')}
        </button>
        <FormError text={state.error} />
      </div>
    </div>
  );
}
