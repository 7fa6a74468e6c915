import { useTranslation } from 'react-i18next';
import { TRANSACTION_KINDS, type Contract, type Transaction } from '@shared/domain/money';
import { call } from '../api';
import { FormDialog } from '../forms/FormDialog';
import { useForm } from '../forms/use-form';
import { transactionErrors, transactionFormToInput, type TransactionFormValues } from './money-form-model';
import { Field } from '../ui/Field';

interface Props {
  initial: TransactionFormValues;
  /** Editing this transaction; a new one when absent. */
  editing?: Transaction;
  contracts: Contract[];
  onClose: () => void;
  onSaved: (saved: Transaction) => void;
}

/** Add or edit a transaction. Bad input is shown beside its field and nothing typed is lost. */
export function TransactionDialog({ initial, editing, contracts, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { values, errors, formError, set, submit } = useForm({
    initial,
    toInput: transactionFormToInput,
    save: (input) =>
      editing ? call('transactions:update', { id: editing.id, fields: input }) : call('transactions:create', input),
    errorsOf: transactionErrors,
    onSaved,
  });

  return (
    <FormDialog
      title={editing ? t('money.transactions.editTitle') : t('money.transactions.addTitle')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      formError={formError}
    >
      <Field label={t('money.transactions.date')} error={errors.date}>
        <input type="date" value={values.date} onChange={set('date')} autoFocus />
      </Field>
      <Field label={t('money.transactions.kind')} error={errors.kind}>
        <select value={values.kind} onChange={set('kind')}>
          {TRANSACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`money.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('money.transactions.amount')}
        error={errors.amount}
        hint={
          values.kind === 'refund' || values.kind === 'other'
            ? t('money.transactions.refundHint')
            : t('money.transactions.amountHint')
        }
      >
        <input inputMode="decimal" value={values.amount} onChange={set('amount')} />
      </Field>
      <Field label={t('money.transactions.contract')} error={errors.contractId}>
        <select value={values.contractId} onChange={set('contractId')}>
          <option value="">{t('money.transactions.noContract')}</option>
          {contracts.map((c) => (
            <option key={c.id} value={c.id}>{`${c.clientName} — ${c.title}`}</option>
          ))}
        </select>
      </Field>
      <Field label={t('money.transactions.description')} error={errors.description} className="span-2">
        <input value={values.description} onChange={set('description')} />
      </Field>
    </FormDialog>
  );
}
