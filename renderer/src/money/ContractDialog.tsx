import { useTranslation } from 'react-i18next';
import { CONTRACT_STATUSES, CONTRACT_TYPES, type Contract } from '@shared/domain/money';
import type { ProposalListRow } from '@shared/domain/proposal';
import { call } from '../api';
import { FormDialog } from '../forms/FormDialog';
import { useForm } from '../forms/use-form';
import { contractErrors, contractFormToInput, type ContractFormValues } from './money-form-model';
import { Field } from '../ui/Field';

interface Props {
  initial: ContractFormValues;
  editing?: Contract;
  /** Hired proposals a contract can come from. */
  hired: ProposalListRow[];
  onClose: () => void;
  onSaved: (saved: Contract) => void;
}

export function ContractDialog({ initial, editing, hired, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { values, errors, formError, set, submit } = useForm({
    initial,
    toInput: contractFormToInput,
    save: (input) =>
      editing ? call('contracts:update', { id: editing.id, fields: input }) : call('contracts:create', input),
    errorsOf: contractErrors,
    onSaved,
    // Picking the hired proposal fills what it already knows.
    adjust: (next, field, previous) => {
      const proposal = field === 'proposalId' && !previous.title && hired.find((p) => String(p.id) === next.proposalId);
      if (!proposal) return next;
      return {
        ...next,
        title: proposal.jobTitle,
        contractType: proposal.jobType ?? previous.contractType,
        rate: proposal.bidCents === null ? previous.rate : String(proposal.bidCents / 100),
      };
    },
  });

  return (
    <FormDialog
      title={editing ? t('money.contracts.editTitle') : t('money.contracts.addTitle')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      formError={formError}
      wide
    >
      <Field label={t('money.contracts.fromProposal')} error={errors.proposalId} className="span-2">
        <select value={values.proposalId} onChange={set('proposalId')}>
          <option value="">{t('money.contracts.direct')}</option>
          {hired.map((p) => (
            <option key={p.id} value={p.id}>
              {p.jobTitle}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('money.contracts.clientName')} error={errors.clientName}>
        <input value={values.clientName} onChange={set('clientName')} autoFocus />
      </Field>
      <Field label={t('money.contracts.title')} error={errors.title}>
        <input value={values.title} onChange={set('title')} />
      </Field>
      <Field label={t('money.contracts.type')} error={errors.contractType}>
        <select value={values.contractType} onChange={set('contractType')}>
          {CONTRACT_TYPES.map((c) => (
            <option key={c} value={c}>
              {t(`money.contracts.types.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('money.contracts.rate')} error={errors.rate}>
        <input inputMode="decimal" value={values.rate} onChange={set('rate')} />
      </Field>
      <Field label={t('money.contracts.startedOn')} error={errors.startedOn}>
        <input type="date" value={values.startedOn} onChange={set('startedOn')} />
      </Field>
      <Field label={t('money.contracts.endedOn')} error={errors.endedOn}>
        <input type="date" value={values.endedOn} onChange={set('endedOn')} />
      </Field>
      <Field label={t('money.contracts.status')} error={errors.status}>
        <select value={values.status} onChange={set('status')}>
          {CONTRACT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`money.contracts.statuses.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <div />
      <Field label={t('money.contracts.feedbackGiven')} error={errors.feedbackGiven}>
        <input type="number" min={1} max={5} step={0.1} value={values.feedbackGiven} onChange={set('feedbackGiven')} />
      </Field>
      <Field label={t('money.contracts.feedbackReceived')} error={errors.feedbackReceived}>
        <input
          type="number"
          min={1}
          max={5}
          step={0.1}
          value={values.feedbackReceived}
          onChange={set('feedbackReceived')}
        />
      </Field>
      <Field label={t('money.contracts.notes')} error={errors.notes} className="span-2">
        <textarea rows={3} value={values.notes} onChange={set('notes')} />
      </Field>
    </FormDialog>
  );
}
