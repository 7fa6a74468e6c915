import { useTranslation } from 'react-i18next';
import { EXPERIENCE_LEVELS, PROJECT_LENGTHS, PROJECT_TYPES } from '@shared/domain/proposal';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { Field } from '../ui/Field';
import type { FormErrors, FormField, ProposalFormValues } from './proposal-form-model';

/** The job's price as posted, in dollars (the bid above is the proposal's own). */
const JOB_PRICES = ['hourlyMin', 'hourlyMax', 'fixedBudget'] as const;

/** The job's choices, each with its options (labels under client.<field>.<option>). */
const CHOICES = [
  ['experienceLevel', EXPERIENCE_LEVELS],
  ['projectLength', PROJECT_LENGTHS],
  ['projectType', PROJECT_TYPES],
] as const;

/** The whole numbers a pasted job post fills: the Connects it asks, then the client's record. */
const COUNTS = [
  'connectsRequired',
  'clientReviewCount',
  'clientJobsPosted',
  'clientOpenJobs',
  'clientHires',
  'clientActiveHires',
] as const;

/** Fields of this group, for the form section that opens when a paste fills one. */
export const JOB_CLIENT_FORM_FIELDS: readonly FormField[] = [
  ...JOB_PRICES,
  ...CHOICES.map(([field]) => field),
  ...COUNTS,
  'clientMemberSince',
];

interface Props {
  values: ProposalFormValues;
  errors: FormErrors;
  set: (field: FormField) => (event: { target: { value: string } }) => void;
  mark: (field: FormField) => string | undefined;
}

/** The job's price, level, length and type and the client's record, inside the form's "Job and client" section. */
export function JobClientInputs({ values, errors, set, mark }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {JOB_PRICES.map((field) => (
        <Field key={field} label={t(`client.fields.${field}`)} error={errors[field]} mark={mark(field)}>
          <input value={values[field]} onChange={set(field)} inputMode="decimal" placeholder="0.00" />
        </Field>
      ))}
      {CHOICES.map(([field, choices]) => (
        <Field key={field} label={t(`client.fields.${field}`)} error={errors[field]} mark={mark(field)}>
          <ChoiceSelect
            value={values[field]}
            onChange={set(field)}
            choices={choices}
            labelPrefix={`client.${field}`}
            emptyLabel={t('common.notSet')}
          />
        </Field>
      ))}
      {COUNTS.map((field) => (
        <Field key={field} label={t(`client.fields.${field}`)} error={errors[field]} mark={mark(field)}>
          <input value={values[field]} onChange={set(field)} inputMode="numeric" />
        </Field>
      ))}
      <Field
        label={t('client.fields.clientMemberSince')}
        error={errors.clientMemberSince}
        mark={mark('clientMemberSince')}
      >
        <input type="date" value={values.clientMemberSince} onChange={set('clientMemberSince')} />
      </Field>
    </>
  );
}
