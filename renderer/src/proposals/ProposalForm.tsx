import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JOB_TYPES, PROPOSAL_SOURCES, PROPOSALS_BANDS, type Profile } from '@shared/domain/proposal';
import type { ProposalFieldsInput } from '@shared/contract/proposals';
import type { IpcError } from '@shared/contract/result';
import { load } from '../api';
import { useUserZone } from '../hooks/user-zone';
import { useForm } from '../forms/use-form';
import { errorsFromFields, formToInput, type FormField, type ProposalFormValues } from './proposal-form-model';
import { toLocalInput } from '../forms/values';
import { now } from '../lib/clock';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { JOB_CLIENT_FORM_FIELDS, JobClientInputs } from './JobClientInputs';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';

interface ProposalFormProps {
  values: ProposalFormValues;
  onChange: (values: ProposalFormValues) => void;
  /** Saves; resolves to main's refusal, or nothing when saved. */
  onSubmit: (input: ProposalFieldsInput) => Promise<IpcError | undefined>;
  onCancel: () => void;
  submitLabel: string;
  /** Shown only while creating: clears the kept draft. */
  onDiscard?: () => void;
  /** Fields a pasted job post filled, marked as such until the user changes them. */
  filled?: readonly FormField[];
  /** While creating: reads a pasted job post into the form; false when it showed nothing to fill. */
  onPaste?: (text: string) => boolean;
}

/** The longest job title main keeps (the contract's limit), said beside the field as soon as it is passed. */
const MAX_TITLE = 300;
/** Fields in the "Job and client details" section, opened when a paste fills one of them. */
const CLIENT_FIELDS: readonly FormField[] = [
  'category',
  'proposalsBand',
  'minutesAfterPosting',
  'clientCountry',
  'clientPaymentVerified',
  'clientHireRate',
  'clientTotalSpent',
  'clientRating',
  ...JOB_CLIENT_FORM_FIELDS,
];

/**
 * The proposal form. Enter saves from any single-line field, Ctrl/Cmd+Enter from the text areas,
 * Escape closes (the draft is kept by the caller). Only the job title is required. The fields
 * filled every time come first in the tab order (title, Connects, bid), and "Sent" is now unless
 * the user opens it, so a proposal typed by hand takes three Tabs and Enter beyond its text.
 * While logging, a job post pasted into the paste area, the title or the link fills the form.
 */
export function ProposalForm({
  values,
  onChange,
  onSubmit,
  onCancel,
  submitLabel,
  onDiscard,
  filled = [],
  onPaste,
}: ProposalFormProps) {
  const { t } = useTranslation();
  const [pickingSent, setPickingSent] = useState(false);
  const [pasteOutcome, setPasteOutcome] = useState<'filled' | 'nothing' | null>(null);
  const pasteArea = useRef<HTMLTextAreaElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const clientSection = useRef<HTMLDetailsElement>(null);
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const zone = useUserZone();
  // The caller keeps the values (a draft survives closing the form) and does the saving.
  const { errors, formError, saving, set, submit } = useForm({
    values,
    onChange,
    toInput: (typed: ProposalFormValues) => formToInput(typed, zone),
    save: async (input) => {
      const refusal = await onSubmit(input);
      return refusal ? { ok: false, error: refusal } : { ok: true, value: undefined };
    },
    errorsOf: errorsFromFields,
    onSaved: () => {},
    onInvalid: focusFirstError,
  });

  useEffect(() => {
    // Without the list (a failed read) the select still offers the default profile.
    load('profiles:list').then(setProfiles, () => setProfiles([]));
  }, []);

  // What a paste filled in the collapsed section must be seen to be checked.
  useEffect(() => {
    if (filled.some((field) => CLIENT_FIELDS.includes(field)) && clientSection.current)
      clientSection.current.open = true;
  }, [filled]);

  function onFormPaste(event: ClipboardEvent<HTMLFormElement>) {
    if (!onPaste) return;
    const target = event.target as HTMLElement;
    const inPasteArea = target === pasteArea.current;
    // The letter and the notes take pasted text as it is; so does a select.
    if (!inPasteArea && target.tagName !== 'INPUT') return;
    const read = onPaste(event.clipboardData.getData('text/plain'));
    if (read || inPasteArea) event.preventDefault();
    if (read) setPasteOutcome('filled');
    else if (inPasteArea) setPasteOutcome('nothing');
    // From the title, Enter saves what was filled.
    if (read && inPasteArea) titleInput.current?.focus();
  }

  const mark = (field: FormField) => (filled.includes(field) ? t('proposals.paste.filledMark') : undefined);
  const titleError =
    errors.jobTitle ??
    (values.jobTitle.length > MAX_TITLE ? { key: 'validation.tooLong', params: { limit: MAX_TITLE } } : undefined);

  function focusFirstError() {
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.proposal-form [aria-invalid="true"]')?.focus());
  }

  function onTextAreaKey(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  }

  // Browsers submit on Enter from text inputs only; a select should save the same way.
  function onFormKey(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'SELECT') {
      event.preventDefault();
      void submit();
    }
  }

  const bidLabel =
    values.jobType === 'fixed'
      ? t('proposals.fields.bidFixed')
      : values.jobType === 'hourly'
        ? t('proposals.fields.bidHourly')
        : t('proposals.fields.bid');
  const activeProfiles = profiles.filter((p) => !p.archived || String(p.id) === values.profileId);

  return (
    <form className="proposal-form" onSubmit={submit} onKeyDown={onFormKey} onPaste={onFormPaste} noValidate>
      {onPaste && (
        <div className="paste-area">
          <textarea
            ref={pasteArea}
            aria-label={t('proposals.paste.label')}
            placeholder={t('proposals.paste.placeholder')}
            value=""
            onChange={() => {}}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                void submit();
              }
            }}
            rows={2}
          />
          <p className="paste-outcome muted" role="status">
            {pasteOutcome === 'filled' && t('proposals.paste.filled', { count: filled.length })}
            {pasteOutcome === 'nothing' && t('proposals.paste.nothing')}
          </p>
        </div>
      )}
      <div className="form-grid">
        <Field label={t('proposals.fields.jobTitle')} error={titleError} className="span-2" mark={mark('jobTitle')}>
          <input
            ref={titleInput}
            value={values.jobTitle}
            onChange={set('jobTitle')}
            autoFocus
            data-autofocus
            autoComplete="off"
          />
        </Field>
        <Field label={t('proposals.fields.connectsSpent')} error={errors.connectsSpent} mark={mark('connectsSpent')}>
          <input value={values.connectsSpent} onChange={set('connectsSpent')} inputMode="numeric" placeholder="0" />
        </Field>
        <Field label={bidLabel} error={errors.bid}>
          <input value={values.bid} onChange={set('bid')} inputMode="decimal" placeholder="0.00" />
        </Field>
        <Field label={t('proposals.fields.jobType')} error={errors.jobType} mark={mark('jobType')}>
          <ChoiceSelect
            value={values.jobType}
            onChange={set('jobType')}
            choices={JOB_TYPES}
            labelPrefix="proposals.jobType"
            emptyLabel={t('common.notSet')}
          />
        </Field>
        <Field label={t('proposals.fields.boostConnects')} error={errors.boostConnects}>
          <input value={values.boostConnects} onChange={set('boostConnects')} inputMode="numeric" placeholder="0" />
        </Field>
        <Field label={t('proposals.fields.jobUrl')} error={errors.jobUrl} className="span-2" mark={mark('jobUrl')}>
          <input
            value={values.jobUrl}
            onChange={set('jobUrl')}
            type="url"
            inputMode="url"
            placeholder="https://www.upwork.com/jobs/…"
          />
        </Field>
        <Field label={t('proposals.fields.profile')} error={errors.profileId}>
          <select value={values.profileId} onChange={set('profileId')}>
            {values.profileId === '' && <option value="">{t('proposals.fields.defaultProfile')}</option>}
            {activeProfiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('proposals.fields.source')} error={errors.source}>
          <ChoiceSelect
            value={values.source}
            onChange={set('source')}
            choices={PROPOSAL_SOURCES}
            labelPrefix="proposals.source"
            emptyLabel={t('common.notSet')}
          />
        </Field>
        <Field
          label={t('proposals.fields.skills')}
          error={errors.skills}
          hint={t('proposals.fields.skillsHint')}
          mark={mark('skills')}
        >
          <input value={values.skills} onChange={set('skills')} autoComplete="off" />
        </Field>
        {values.sentAt === '' && !pickingSent && !errors.sentAt ? (
          <div className="field">
            <span className="field-label">{t('proposals.fields.sentAt')}</span>
            <span className="sent-now">
              {t('proposals.fields.sentNow')}
              <button
                type="button"
                className="link"
                onClick={() => {
                  // Starts from now, in the user's zone, to be moved back.
                  set('sentAt')({ target: { value: toLocalInput(now().toISOString(), zone) } });
                  setPickingSent(true);
                }}
              >
                {t('proposals.fields.changeSent')}
              </button>
            </span>
          </div>
        ) : (
          <Field label={t('proposals.fields.sentAt')} error={errors.sentAt} hint={t('proposals.fields.sentAtHint')}>
            <input type="datetime-local" value={values.sentAt} onChange={set('sentAt')} autoFocus={pickingSent} />
          </Field>
        )}
      </div>

      <details className="form-section" ref={clientSection}>
        <summary>{t('proposals.form.jobAndClient')}</summary>
        <div className="form-grid">
          <Field label={t('proposals.fields.category')} error={errors.category}>
            <input value={values.category} onChange={set('category')} />
          </Field>
          <Field label={t('proposals.fields.proposalsBand')} error={errors.proposalsBand} mark={mark('proposalsBand')}>
            <ChoiceSelect
              value={values.proposalsBand}
              onChange={set('proposalsBand')}
              choices={PROPOSALS_BANDS}
              labelPrefix="proposals.band"
              emptyLabel={t('common.notSet')}
            />
          </Field>
          <Field
            label={t('proposals.fields.minutesAfterPosting')}
            error={errors.minutesAfterPosting}
            mark={mark('minutesAfterPosting')}
          >
            <input value={values.minutesAfterPosting} onChange={set('minutesAfterPosting')} inputMode="numeric" />
          </Field>
          <Field label={t('proposals.fields.clientCountry')} error={errors.clientCountry} mark={mark('clientCountry')}>
            <input value={values.clientCountry} onChange={set('clientCountry')} />
          </Field>
          <Field
            label={t('proposals.fields.clientPaymentVerified')}
            error={errors.clientPaymentVerified}
            mark={mark('clientPaymentVerified')}
          >
            <select value={values.clientPaymentVerified} onChange={set('clientPaymentVerified')}>
              <option value="">{t('common.notSet')}</option>
              <option value="yes">{t('common.yes')}</option>
              <option value="no">{t('common.no')}</option>
            </select>
          </Field>
          <Field
            label={t('proposals.fields.clientHireRate')}
            error={errors.clientHireRate}
            mark={mark('clientHireRate')}
          >
            <input value={values.clientHireRate} onChange={set('clientHireRate')} inputMode="numeric" placeholder="%" />
          </Field>
          <Field
            label={t('proposals.fields.clientTotalSpent')}
            error={errors.clientTotalSpent}
            mark={mark('clientTotalSpent')}
          >
            <input
              value={values.clientTotalSpent}
              onChange={set('clientTotalSpent')}
              inputMode="decimal"
              placeholder="0"
            />
          </Field>
          <Field label={t('proposals.fields.clientRating')} error={errors.clientRating} mark={mark('clientRating')}>
            <input value={values.clientRating} onChange={set('clientRating')} inputMode="decimal" placeholder="0–5" />
          </Field>
          <JobClientInputs values={values} errors={errors} set={set} mark={mark} />
        </div>
      </details>

      <details className="form-section">
        <summary>{t('proposals.form.letterAndNotes')}</summary>
        <Field label={t('proposals.fields.coverLetter')} error={errors.coverLetter}>
          <textarea value={values.coverLetter} onChange={set('coverLetter')} onKeyDown={onTextAreaKey} rows={6} />
        </Field>
        <Field label={t('proposals.fields.notes')} error={errors.notes}>
          <textarea value={values.notes} onChange={set('notes')} onKeyDown={onTextAreaKey} rows={3} />
        </Field>
      </details>

      <FormError text={formError} />
      <div className="form-actions">
        {onDiscard && (
          <button type="button" className="link" onClick={onDiscard}>
            {t('proposals.form.discardDraft')}
          </button>
        )}
        <span className="spacer" />
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {submitLabel}
        </button>
      </div>
      <p className="form-keys">{t('proposals.form.keys')}</p>
    </form>
  );
}
