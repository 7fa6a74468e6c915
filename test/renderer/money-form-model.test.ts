import { describe, expect, it } from 'vitest';
import { parseSignedMoney } from '@renderer/forms/values';
import {
  contractFormToInput,
  emptyContractForm,
  emptyTransactionForm,
  transactionFormToInput,
} from '@renderer/money/money-form-model';
import { periodRange } from '@renderer/money/money-period';

describe('the transaction form', () => {
  const form = (patch: object) => ({ ...emptyTransactionForm('2026-11-02'), ...patch });

  it('stores a cost typed as a positive amount as money out', () => {
    expect(transactionFormToInput(form({ kind: 'service_fee', amount: '52.50' }))).toEqual({
      ok: true,
      input: expect.objectContaining({ amountCents: -5250, occurredAt: '2026-11-02T12:00:00.000Z' }),
    });
    expect(transactionFormToInput(form({ kind: 'withdrawal', amount: '-1,200' }))).toMatchObject({
      ok: true,
      input: { amountCents: -120000 },
    });
  });

  it('keeps a refund as typed, either sign', () => {
    expect(transactionFormToInput(form({ kind: 'refund', amount: '-50' }))).toMatchObject({
      ok: true,
      input: { amountCents: -5000 },
    });
    expect(transactionFormToInput(form({ kind: 'refund', amount: '(50)' }))).toMatchObject({
      ok: true,
      input: { amountCents: -5000 },
    });
  });

  it.each([
    [{ amount: '' }, 'amount', 'validation.money'],
    [{ amount: 'abc' }, 'amount', 'validation.money'],
    [{ amount: '-45' }, 'amount', 'validation.amountSign'],
    [{ amount: '0' }, 'amount', 'validation.nonZero'],
    [{ date: '' }, 'date', 'validation.date'],
    [{ description: 'x'.repeat(1001) }, 'description', 'validation.tooLong'],
  ])('puts the message beside the field for %j', (patch, field, key) => {
    const result = transactionFormToInput(form(patch));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as 'amount']?.key).toBe(key);
  });

  it.each([
    ['12.50', 1250],
    ['-12.50', -1250],
    ['$1,250', 125000],
    ['(3)', -300],
    ['', null],
    ['1.2.3', undefined],
  ])('reads %j', (text, cents) => expect(parseSignedMoney(text)).toBe(cents));
});

describe('the contract form', () => {
  it('needs a client and a title and refuses an end before the start', () => {
    const result = contractFormToInput({ ...emptyContractForm('2026-11-02'), endedOn: '2026-11-01' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.clientName?.key).toBe('validation.required');
      expect(result.errors.title?.key).toBe('validation.required');
      expect(result.errors.endedOn?.key).toBe('validation.endBeforeStart');
    }
  });
});

describe('earnings periods', () => {
  const settings = { timeZone: 'Asia/Manila', weekStart: 'monday' as const };
  const now = new Date('2026-11-22T03:00:00Z'); // Sunday 11:00 in Manila

  it('ends with the current week or month and starts at local midnight', () => {
    expect(periodRange('weeks4', now, settings)).toEqual({
      from: '2026-10-25T16:00:00.000Z',
      to: '2026-11-22T16:00:00.000Z',
      unit: 'week',
    });
    expect(periodRange('months12', now, settings)).toEqual({
      from: '2025-11-30T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
      unit: 'month',
    });
    expect(periodRange('year', now, settings)).toEqual({
      from: '2025-12-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
      unit: 'month',
    });
  });
});
