import { contractFieldsSchema, type ContractFieldsInput } from '@shared/contract/contracts';
import { isCostKind, transactionFieldsSchema, type TransactionFieldsInput } from '@shared/contract/transactions';
import type { FieldError } from '@shared/contract/result';
import { toFieldErrors } from '@shared/contract/validation-errors';
import type { Contract, Transaction, TransactionKind } from '@shared/domain/money';
import { mapErrors, type Errors } from '../forms/errors';
import { dateToInstant, instantToDate, parseMoney, parseSignedMoney } from '../forms/values';

// The money forms edit strings, kept as typed; these turn them into the contract's input with the
// very schemas main uses, and map errors back onto the fields the user sees.

export interface TransactionFormValues {
  date: string;
  kind: TransactionKind | '';
  amount: string;
  description: string;
  contractId: string;
}
export type TransactionField = keyof TransactionFormValues;
const TRANSACTION_PATHS: Record<string, TransactionField> = {
  occurredAt: 'date',
  kind: 'kind',
  amountCents: 'amount',
  description: 'description',
  contractId: 'contractId',
};

export function emptyTransactionForm(today: string): TransactionFormValues {
  return { date: today, kind: 'hourly', amount: '', description: '', contractId: '' };
}

export function transactionToForm(t: Transaction): TransactionFormValues {
  return {
    date: instantToDate(t.occurredAt),
    kind: t.kind,
    amount: (Math.abs(t.amountCents) / 100).toFixed(2),
    description: t.description ?? '',
    contractId: t.contractId ? String(t.contractId) : '',
  };
}

export const transactionErrors = (fields: FieldError[]) => mapErrors(fields, TRANSACTION_PATHS);

/** Costs (fees, withdrawals, Connects…) are typed as positive amounts and stored negative. */
export function transactionFormToInput(
  values: TransactionFormValues,
): { ok: true; input: TransactionFieldsInput } | { ok: false; errors: Errors<TransactionField> } {
  const typed = parseSignedMoney(values.amount);
  const kind = values.kind as TransactionKind;
  const amountCents = typed != null && isCostKind(kind) && typed > 0 ? -typed : typed;
  const input = {
    occurredAt: dateToInstant(values.date) ?? values.date,
    amountCents: amountCents ?? Number.NaN,
    kind,
    description: values.description,
    contractId: values.contractId ? Number(values.contractId) : null,
  } as TransactionFieldsInput;
  const parsed = transactionFieldsSchema.safeParse(input);
  const errors = parsed.success ? {} : transactionErrors(toFieldErrors(parsed.error));
  if (typed === undefined || typed === null) errors.amount = { key: 'validation.money', params: {} };
  if (!dateToInstant(values.date)) errors.date = { key: 'validation.date', params: {} };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input };
}

export interface ContractFormValues {
  proposalId: string;
  clientName: string;
  title: string;
  contractType: string;
  rate: string;
  startedOn: string;
  endedOn: string;
  status: string;
  feedbackGiven: string;
  feedbackReceived: string;
  notes: string;
}
export type ContractField = keyof ContractFormValues;
const CONTRACT_PATHS: Record<string, ContractField> = {
  proposalId: 'proposalId',
  clientName: 'clientName',
  title: 'title',
  contractType: 'contractType',
  rateCents: 'rate',
  startedAt: 'startedOn',
  endedAt: 'endedOn',
  status: 'status',
  feedbackGiven: 'feedbackGiven',
  feedbackReceived: 'feedbackReceived',
  notes: 'notes',
};

export function emptyContractForm(today: string): ContractFormValues {
  return {
    proposalId: '',
    clientName: '',
    title: '',
    contractType: 'hourly',
    rate: '',
    startedOn: today,
    endedOn: '',
    status: 'active',
    feedbackGiven: '',
    feedbackReceived: '',
    notes: '',
  };
}

export function contractToForm(c: Contract): ContractFormValues {
  return {
    proposalId: c.proposalId ? String(c.proposalId) : '',
    clientName: c.clientName,
    title: c.title,
    contractType: c.contractType,
    rate: c.rateCents === null ? '' : (c.rateCents / 100).toString(),
    startedOn: instantToDate(c.startedAt),
    endedOn: instantToDate(c.endedAt),
    status: c.status,
    feedbackGiven: c.feedbackGiven === null ? '' : String(c.feedbackGiven),
    feedbackReceived: c.feedbackReceived === null ? '' : String(c.feedbackReceived),
    notes: c.notes ?? '',
  };
}

export const contractErrors = (fields: FieldError[]) => mapErrors(fields, CONTRACT_PATHS);

export function contractFormToInput(
  values: ContractFormValues,
): { ok: true; input: ContractFieldsInput } | { ok: false; errors: Errors<ContractField> } {
  const rate = parseMoney(values.rate);
  const stars = (text: string) => (text.trim() === '' ? null : Number(text));
  const input = {
    proposalId: values.proposalId ? Number(values.proposalId) : null,
    clientName: values.clientName,
    title: values.title,
    contractType: values.contractType,
    rateCents: rate ?? null,
    startedAt: dateToInstant(values.startedOn) ?? values.startedOn,
    endedAt: values.endedOn ? (dateToInstant(values.endedOn) ?? values.endedOn) : null,
    status: values.status,
    feedbackGiven: stars(values.feedbackGiven),
    feedbackReceived: stars(values.feedbackReceived),
    notes: values.notes,
  } as ContractFieldsInput;
  const parsed = contractFieldsSchema.safeParse(input);
  const errors = parsed.success ? {} : contractErrors(toFieldErrors(parsed.error));
  if (rate === undefined) errors.rate = { key: 'validation.money', params: {} };
  if (!dateToInstant(values.startedOn)) errors.startedOn = { key: 'validation.date', params: {} };
  if (values.endedOn && !dateToInstant(values.endedOn)) errors.endedOn = { key: 'validation.date', params: {} };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input };
}
