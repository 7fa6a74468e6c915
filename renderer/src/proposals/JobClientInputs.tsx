import { useTranslation } from 'react-i18next';
import { EXPERIENCE_LEVELS, PROJECT_LENGTHS } from '@shared/domain/proposal';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { Field } from '../ui/Field';
import type { FormErrors, FormField, ProposalFormValues } from './proposal-form-model';

/** The number fields of the client card a pasted job post fills (JOB_CLIENT_FIELDS). */
const CLIENT_COUNTS = ['clientReviewCount', 'clientJobsPosted', 'clientOpenJobs', 'clientHires'] as const;

/** The job's two choices, each with its options (labels under client.<field>.<option>). */
const CHOICES = [
  ['experienceLevel', EXPERIENCE_LEVELS],
  ['projectLength', PROJECT_LENGTHS],
] as const;

/** Fields of this group, for the form section that opens when a paste fills one. */
export const JOB_CLIENT_FORM_FIELDS: readonly FormField[] = [
  'experienceLevel',
  'projectLength',
  ...CLIENT_COUNTS,
  'clientMemberSince',
];

interface Props {
  values: ProposalFormValues;
  errors: FormErrors;
  set: (field: FormField) => (event: { target: { value: string } }) => void;
  mark: (field: FormField) => string | undefined;
}

/** The job's level and length and the client's record, inside the form's "Job and client" section. */
export function JobClientInputs({ values, errors, set, mark }: Props) {
  const { t } = useTranslation();
  return (
    <>
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
      {CLIENT_COUNTS.map((field) => (
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
