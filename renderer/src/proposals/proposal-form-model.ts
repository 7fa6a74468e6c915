import { TZDate } from '@date-fns/tz';
import { proposalFieldsSchema, type ProposalFieldsInput } from '@shared/contract/proposals';
import { toFieldErrors } from '@shared/contract/validation-errors';
import type { FieldError } from '@shared/contract/result';
import type { Proposal, ProposalDefaults } from '@shared/domain/proposal';

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
}

export type FormField = keyof ProposalFormValues;
/** Field name -> i18n key and params of its message. */
export type FormErrors = Partial<Record<FormField, { key: string; params: Record<string, string | number> }>>;

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
  };
}

/** "2026-11-22T09:30" in the user's zone, for datetime-local inputs. */
export function toLocalInput(iso: string, zone: string): string {
  const d = new TZDate(iso, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (the user's zone) as a UTC instant; undefined when blank or unreadable. */
export function fromLocalInput(value: string, zone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  // Date fields would roll over ("month 13" becoming next January); a wrong field is refused instead.
  const calendar = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || hour > 23 || minute > 59)
    return undefined;
  const d = new TZDate(year, month - 1, day, hour, minute, zone);
  return Number.isNaN(d.getTime()) ? undefined : new Date(d.getTime()).toISOString();
}

/** "$1,250.50", "1250.5", "1 250" -> cents. Commas and spaces are read as thousands separators. */
export function parseMoney(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const cleaned = text.replace(/[\s$,]/g, '');
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) return undefined;
  const [whole = '0', fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
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

/** Schema paths that differ from the form's field names. */
const FIELD_FOR_PATH: Record<string, FormField> = {
  bidCents: 'bid',
  clientTotalSpentCents: 'clientTotalSpent',
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
      .split(',')
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
  };
  const parsed = proposalFieldsSchema.safeParse(input);
  const errors = parsed.success ? {} : errorsFromFields(toFieldErrors(parsed.error));
  Object.assign(errors, problems); // What could not even be read says so, over the schema's view of its null.
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input };
}
