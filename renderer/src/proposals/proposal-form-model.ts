import { proposalFieldsSchema, type ProposalFieldsInput } from '@shared/contract/proposals';
import { toFieldErrors } from '@shared/contract/validation-errors';
import type { FieldError } from '@shared/contract/result';
import type { Proposal, ProposalDefaults } from '@shared/domain/proposal';
import type { Errors } from '../forms/errors';
import { fromLocalInput, parseMoney, toLocalInput } from '../forms/values';

// The log form edits strings (what the user typed, kept as typed); this module turns them into
// the contract's input and maps errors back onto the fields the user sees.

export interface ProposalFormValues {
  jobTitle: string;
  jobUrl: string;
  profileId: string;
  /** `<input type="datetime-local">` value in the user's zone; blank means "now". */
  sentAt: string;
  jobType: string;
  bid: string;
  connectsSpent: string;
  boostConnects: string;
  source: string;
  category: string;
  skills: string;
  clientCountry: string;
  clientPaymentVerified: string;
  clientHireRate: string;
  clientTotalSpent: string;
  clientRating: string;
  proposalsBand: string;
  minutesAfterPosting: string;
  coverLetter: string;
  notes: string;
  // The job and client as a pasted post tells them (JOB_CLIENT_FIELDS).
  experienceLevel: string;
  projectLength: string;
  clientReviewCount: string;
  clientJobsPosted: string;
  clientOpenJobs: string;
  clientHires: string;
  /** "YYYY-MM-DD" (an `<input type="date">`). */
  clientMemberSince: string;
  /** The job's price as posted, in dollars as typed (the bid is the proposal's own). */
  hourlyMin: string;
  hourlyMax: string;
  fixedBudget: string;
  projectType: string;
  connectsRequired: string;
  clientActiveHires: string;
}

export type FormField = keyof ProposalFormValues;
/** Field name -> i18n key and params of its message. */
export type FormErrors = Errors<FormField>;

export function emptyForm(defaults?: ProposalDefaults): ProposalFormValues {
  return {
    jobTitle: '',
    jobUrl: '',
    profileId: defaults?.profileId ? String(defaults.profileId) : '',
    sentAt: '',
    jobType: defaults?.jobType ?? '',
    bid: '',
    connectsSpent: defaults?.connectsSpent != null ? String(defaults.connectsSpent) : '',
    boostConnects: '',
    source: '',
    category: '',
    skills: '',
    clientCountry: '',
    clientPaymentVerified: '',
    clientHireRate: '',
    clientTotalSpent: '',
    clientRating: '',
    proposalsBand: '',
    minutesAfterPosting: '',
    coverLetter: '',
    notes: '',
    experienceLevel: '',
    projectLength: '',
    clientReviewCount: '',
    clientJobsPosted: '',
    clientOpenJobs: '',
    clientHires: '',
    clientMemberSince: '',
    hourlyMin: '',
    hourlyMax: '',
    fixedBudget: '',
    projectType: '',
    connectsRequired: '',
    clientActiveHires: '',
  };
}

const centsToText = (cents: number | null) => (cents === null ? '' : (cents / 100).toString());
const numberToText = (n: number | null) => (n === null ? '' : String(n));

export function formFromProposal(p: Proposal, zone: string): ProposalFormValues {
  return {
    jobTitle: p.jobTitle,
    jobUrl: p.jobUrl ?? '',
    profileId: String(p.profileId),
    sentAt: toLocalInput(p.sentAt, zone),
    jobType: p.jobType ?? '',
    bid: centsToText(p.bidCents),
    connectsSpent: String(p.connectsSpent),
    boostConnects: p.boostConnects ? String(p.boostConnects) : '',
    source: p.source ?? '',
    category: p.category ?? '',
    skills: p.skills.join(', '),
    clientCountry: p.clientCountry ?? '',
    clientPaymentVerified: p.clientPaymentVerified === null ? '' : p.clientPaymentVerified ? 'yes' : 'no',
    clientHireRate: numberToText(p.clientHireRate),
    clientTotalSpent: centsToText(p.clientTotalSpentCents),
    clientRating: numberToText(p.clientRating),
    proposalsBand: p.proposalsBand ?? '',
    minutesAfterPosting: numberToText(p.minutesAfterPosting),
    coverLetter: p.coverLetter ?? '',
    notes: p.notes ?? '',
    experienceLevel: p.experienceLevel ?? '',
    projectLength: p.projectLength ?? '',
    clientReviewCount: numberToText(p.clientReviewCount),
    clientJobsPosted: numberToText(p.clientJobsPosted),
    clientOpenJobs: numberToText(p.clientOpenJobs),
    clientHires: numberToText(p.clientHires),
    clientMemberSince: p.clientMemberSince ?? '',
    hourlyMin: centsToText(p.hourlyMinCents),
    hourlyMax: centsToText(p.hourlyMaxCents),
    fixedBudget: centsToText(p.fixedBudgetCents),
    projectType: p.projectType ?? '',
    connectsRequired: numberToText(p.connectsRequired),
    clientActiveHires: numberToText(p.clientActiveHires),
  };
}

/** Reads typed text into numbers, noting each field it cannot read instead of stopping at the first. */
function reader(values: ProposalFormValues, problems: FormErrors, zone: string) {
  const problem = (field: FormField, key: string) => {
    problems[field] = { key, params: {} };
    return null;
  };
  return {
    money(field: FormField): number | null {
      const cents = parseMoney(values[field]);
      return cents === undefined ? problem(field, 'validation.money') : cents;
    },
    number(field: FormField, whole: boolean): number | null {
      const text = values[field].trim().replace(/%$/, '');
      if (text === '') return null;
      const n = Number(text);
      if (!Number.isFinite(n)) return problem(field, 'validation.number');
      if (whole && !Number.isInteger(n)) return problem(field, 'validation.wholeNumber');
      return n;
    },
    instant(field: FormField): string | undefined {
      const iso = fromLocalInput(values[field], zone);
      if (values[field].trim() && !iso) problem(field, 'validation.instant');
      return iso;
    },
  };
}

const orNull = (text: string) => (text === '' ? null : text);
/** Skills are typed as a list: the ASCII comma, the full-width one and the enumeration comma of a Chinese keyboard. */
const SKILL_SEPARATORS = /[,，、]/;

/** Schema paths that differ from the form's field names. */
const FIELD_FOR_PATH: Record<string, FormField> = {
  bidCents: 'bid',
  clientTotalSpentCents: 'clientTotalSpent',
  hourlyMinCents: 'hourlyMin',
  hourlyMaxCents: 'hourlyMax',
  fixedBudgetCents: 'fixedBudget',
};

export function fieldForPath(path: string): FormField | undefined {
  const head = path.split('.')[0] ?? '';
  if (head in FIELD_FOR_PATH) return FIELD_FOR_PATH[head];
  return head in emptyForm() ? (head as FormField) : undefined;
}

export function errorsFromFields(fields: FieldError[]): FormErrors {
  const errors: FormErrors = {};
  for (const f of fields) {
    const field = fieldForPath(f.path);
    if (field && !errors[field]) errors[field] = { key: f.key, params: f.params };
  }
  return errors;
}

export type FormResult = { ok: true; input: ProposalFieldsInput } | { ok: false; errors: FormErrors };

/** Converts and validates with the very schema main uses, so messages match on both sides. */
export function formToInput(values: ProposalFormValues, zone: string): FormResult {
  const problems: FormErrors = {};
  const read = reader(values, problems, zone);
  const input: ProposalFieldsInput = {
    sentAt: read.instant('sentAt'),
    profileId: values.profileId ? Number(values.profileId) : undefined,
    jobTitle: values.jobTitle,
    jobUrl: orNull(values.jobUrl),
    category: orNull(values.category),
    skills: values.skills
      .split(SKILL_SEPARATORS)
      .map((s) => s.trim())
      .filter(Boolean),
    jobType: orNull(values.jobType) as ProposalFieldsInput['jobType'],
    bidCents: read.money('bid'),
    connectsSpent: read.number('connectsSpent', true) ?? 0,
    boostConnects: read.number('boostConnects', true) ?? 0,
    source: orNull(values.source) as ProposalFieldsInput['source'],
    clientCountry: orNull(values.clientCountry),
    clientPaymentVerified: values.clientPaymentVerified === '' ? null : values.clientPaymentVerified === 'yes',
    clientHireRate: read.number('clientHireRate', true),
    clientTotalSpentCents: read.money('clientTotalSpent'),
    clientRating: read.number('clientRating', false),
    proposalsBand: orNull(values.proposalsBand) as ProposalFieldsInput['proposalsBand'],
    minutesAfterPosting: read.number('minutesAfterPosting', true),
    coverLetter: orNull(values.coverLetter),
    notes: orNull(values.notes),
    experienceLevel: orNull(values.experienceLevel) as ProposalFieldsInput['experienceLevel'],
    projectLength: orNull(values.projectLength) as ProposalFieldsInput['projectLength'],
    clientReviewCount: read.number('clientReviewCount', true),
    clientJobsPosted: read.number('clientJobsPosted', true),
    clientOpenJobs: read.number('clientOpenJobs', true),
    clientHires: read.number('clientHires', true),
    clientMemberSince: orNull(values.clientMemberSince.trim()),
    hourlyMinCents: read.money('hourlyMin'),
    hourlyMaxCents: read.money('hourlyMax'),
    fixedBudgetCents: read.money('fixedBudget'),
    projectType: orNull(values.projectType) as ProposalFieldsInput['projectType'],
    connectsRequired: read.number('connectsRequired', true),
    clientActiveHires: read.number('clientActiveHires', true),
  };
  const parsed = proposalFieldsSchema.safeParse(input);
  const errors = parsed.success ? {} : errorsFromFields(toFieldErrors(parsed.error));
  Object.assign(errors, problems); // What could not even be read says so, over the schema's view of its null.
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input };
}
