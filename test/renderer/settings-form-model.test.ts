import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/domain/settings';
import {
  errorsFromFields,
  formFromSettings,
  formToPatch,
  withDefaultThresholds,
} from '@renderer/settings/settings-form-model';

describe('the Settings form model', () => {
  it('round-trips the stored settings, money shown in dollars', () => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    expect(form.numbers.incomeNearZeroCents).toBe('100');
    // The language is not this form's: it is saved the moment it is chosen (LanguageSection).
    const { language, ...saved } = DEFAULT_SETTINGS;
    expect(language).toBe('system');
    expect(formToPatch(form)).toEqual({ patch: saved, errors: {} });
  });

  it.each<[string, string, string | number]>([
    ['staleDays', '', 'validation.required'],
    ['staleDays', '   ', 'validation.required'],
    ['staleDays', 'two weeks', 'validation.number'],
    ['staleDays', '14.5', 'validation.wholeNumber'],
    ['staleDays', '1e400', 'validation.number'],
    ['conversionWatchHireRatePct', '5%', 5],
    ['staleDays', ' 21 ', 21],
    ['staleDays', '-3', -3], // a range problem: main refuses it with its limit
    ['incomeNearZeroCents', '$1,250.50', 125_050],
    ['incomeNearZeroCents', '12.345', 'validation.money'],
    ['incomeNearZeroCents', '-5', 'validation.money'],
  ])('%s typed as %j -> %j', (field, typed, expected) => {
    const form = formFromSettings(DEFAULT_SETTINGS);
    form.numbers[field as keyof typeof form.numbers] = typed;
    const { patch, errors } = formToPatch(form);
    if (typeof expected === 'number') {
      expect(patch[field as keyof typeof patch]).toBe(expected);
      expect(errors).toEqual({});
    } else {
      expect(errors[field]?.key).toBe(expected);
      expect(field in patch).toBe(false);
    }
  });

  it("shows main's money limits in dollars", () => {
    expect(
      errorsFromFields([
        { path: 'incomeNearZeroCents', key: 'validation.tooBig', params: { limit: 100_000_000 }, message: '' },
      ]),
    ).toEqual({
      incomeNearZeroCents: { key: 'validation.tooBig', params: { limit: 1_000_000 } },
    });
  });

  it('fills in the default thresholds and nothing else', () => {
    const form = formFromSettings({
      ...DEFAULT_SETTINGS,
      weeklyProposalsMax: 12,
      weeklyHires: 2,
      staleDays: 21,
      jssAtRiskPct: 50,
      incomeNearZeroCents: 5_000,
    });
    form.numbers.weeklyConnectsBudget = 'typed, not saved';
    const filled = withDefaultThresholds(form);
    expect(filled.numbers).toEqual({
      ...form.numbers,
      jssAtRiskPct: '70',
      incomeNearZeroCents: '100',
    });
    expect(form.numbers.jssAtRiskPct).toBe('50'); // the old values are not touched in place
  });
});
