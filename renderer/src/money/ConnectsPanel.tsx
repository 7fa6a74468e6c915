import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONNECTS_ENTRY_KINDS, type ConnectsEntry, type ConnectsEntryKind } from '@shared/domain/money';
import { call, load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useUserZone } from '../hooks/user-zone';
import { useLoad } from '../hooks/use-load';
import { routeHref } from '../hooks/use-route';
import type { Errors } from '../forms/errors';
import { dateToInstant, parseSignedMoney } from '../forms/values';
import { today } from '../lib/today';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toast';
import { errorText, formRefusal } from '../forms/error-text';
import { FormError } from '../ui/FormError';
import { DataTable } from '../ui/DataTable';
import { ConnectsBalanceNote } from './ConnectsBalanceNote';
import { ConnectsBalanceToday } from './ConnectsBalanceToday';

type ConnectsField = 'date' | 'kind' | 'connects' | 'cost' | 'note';
const PATHS: Record<string, ConnectsField> = {
  occurredAt: 'date',
  kind: 'kind',
  connects: 'connects',
  costCents: 'cost',
  note: 'note',
};

/** The Connects ledger: balance, the latest entries, and a form for purchases, grants and refunds. */
export function ConnectsPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const zone = useUserZone();
  const { version, changed } = useDataVersion();
  const ledger = useLoad(() => load('connects:ledger', { limit: 20 }), [version]);
  const [values, setValues] = useState({
    /** Blank: today in the user's zone (Settings may still be loading when the panel first draws). */
    date: '',
    kind: 'purchase' as ConnectsEntryKind,
    connects: '',
    cost: '',
    note: '',
  });
  const [errors, setErrors] = useState<Errors<ConnectsField>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (field: ConnectsField) => (event: { target: { value: string } }) => {
    setValues({ ...values, [field]: event.target.value });
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  };

  async function add(event: FormEvent) {
    event.preventDefault();
    const problems: Errors<ConnectsField> = {};
    const count = /^-?\d+$/.test(values.connects.trim()) ? Number(values.connects) : undefined;
    if (count === undefined) problems.connects = { key: 'validation.wholeNumber', params: {} };
    const cost = parseSignedMoney(values.cost);
    if (cost === undefined || (cost !== null && cost < 0)) problems.cost = { key: 'validation.money', params: {} };
    const occurredAt = dateToInstant(values.date || today(zone));
    if (!occurredAt) problems.date = { key: 'validation.date', params: {} };
    if (Object.keys(problems).length) return setErrors(problems);
    const result = await call('connects:add', {
      occurredAt: occurredAt!,
      kind: values.kind,
      connects: count!,
      costCents: values.kind === 'purchase' ? (cost ?? null) : null,
      note: values.note,
    });
    if (!result.ok) {
      const mapped: Errors<ConnectsField> = {};
      for (const f of result.error.fields) {
        const field = PATHS[f.path];
        if (field) mapped[field] = { key: f.key, params: f.params };
      }
      // A refusal of the whole call (a full disk) is said under the form; what was typed stays.
      setFormError(formRefusal(t, result.error, mapped));
      return setErrors(mapped);
    }
    setFormError(null);
    setValues({ ...values, connects: '', cost: '', note: '' });
    changed();
  }

  async function remove(entry: ConnectsEntry) {
    const result = await call('connects:delete', { id: entry.entryId! });
    if (!result.ok) return toast.show({ text: errorText(t, result.error) });
    changed();
    toast.show({
      text: t('money.connects.deleted'),
      action: {
        label: t('common.undo'),
        run: async () => {
          const restored = await call('connects:restore', result.value);
          if (!restored.ok) toast.show({ text: errorText(t, restored.error) });
          changed();
        },
      },
    });
  }

  return (
    <section className="panel" aria-labelledby="connects-title">
      <header className="page-header">
        <h2 id="connects-title">{t('money.connects.title')}</h2>
        {ledger.state === 'ready' && (
          <strong className="money-balance">
            {t('money.connects.balance', {
              count: ledger.value.balance,
              formatted: format.number(ledger.value.balance),
            })}
          </strong>
        )}
      </header>
      {ledger.state === 'ready' && <ConnectsBalanceNote ledger={ledger.value} />}
      <ConnectsBalanceToday onSaved={changed} />
      <p className="muted">{t('money.connects.explain')}</p>
      <form className="inline-form money-connects-form" onSubmit={add} noValidate>
        <Field label={t('money.connects.date')} error={errors.date}>
          <input type="date" value={values.date || today(zone)} onChange={set('date')} />
        </Field>
        <Field label={t('money.connects.kind')} error={errors.kind}>
          <select value={values.kind} onChange={set('kind')}>
            {CONNECTS_ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`money.connects.kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('money.connects.count')} error={errors.connects}>
          <input inputMode="numeric" value={values.connects} onChange={set('connects')} size={6} />
        </Field>
        {values.kind === 'purchase' && (
          <Field label={t('money.connects.cost')} error={errors.cost}>
            <input inputMode="decimal" value={values.cost} onChange={set('cost')} size={8} />
          </Field>
        )}
        <Field label={t('money.connects.note')} error={errors.note}>
          <input value={values.note} onChange={set('note')} />
        </Field>
        <button type="submit">{t('money.connects.add')}</button>
      </form>
      <FormError text={formError} />
      {ledger.state === 'ready' && ledger.value.entries.length === 0 && (
        <p className="muted">{t('money.connects.empty')}</p>
      )}
      {ledger.state === 'ready' && ledger.value.entries.length > 0 && (
        <DataTable
          className="money-ledger"
          columns={[
            { label: t('money.columns.date') },
            { label: t('money.columns.kind') },
            { label: t('money.columns.note') },
            { label: t('money.columns.connects'), numeric: true },
            { label: t('common.delete'), srOnly: true },
          ]}
        >
          {ledger.value.entries.map((entry) => (
            <tr key={entry.key}>
              <td className="nowrap">{format.date(entry.occurredAt)}</td>
              <td className="nowrap">{t(`money.connects.kinds.${entry.kind}`)}</td>
              <td>
                {entry.proposalId ? (
                  <a href={routeHref({ page: 'proposal', id: entry.proposalId })}>{entry.note}</a>
                ) : (
                  entry.note
                )}
                {entry.costCents !== null && <span className="muted"> · {format.money(entry.costCents)}</span>}
              </td>
              <td className={`num ${entry.connects < 0 ? 'money-out' : 'money-in'}`}>
                {entry.connects > 0 ? `+${format.number(entry.connects)}` : format.number(entry.connects)}
              </td>
              <td>
                {entry.entryId !== null && !entry.fromTransaction && (
                  <button
                    type="button"
                    className="link"
                    aria-label={t('money.connects.deleteLabel', { date: format.date(entry.occurredAt) })}
                    onClick={() => void remove(entry)}
                  >
                    {t('common.delete')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
