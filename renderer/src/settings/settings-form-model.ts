import type { FieldError } from '@shared/contract';
import { DEFAULT_SETTINGS, type HealthThresholds, type Settings, type WeekStart } from '@shared/domain/settings';
import type { Weekday } from '@shared/domain/review';
import type { WeeklyTargets } from '@shared/domain/targets';
import { parseMoney } from '../forms/values';

// The Settings form's values are the text the user typed, so a bad value stays on screen with
// its message instead of snapping back; they become numbers only on save.

export const THRESHOLD_GROUPS: { group: string; fields: (keyof HealthThresholds)[] }[] = [
  {
    group: 'conversion',
    fields: [
      'conversionWindowDays',
      'conversionWatchProposals',
      'conversionWatchHireRatePct',
      'conversionAtRiskProposals',
    ],
  },
  {
    group: 'income',
    fields: ['incomeWindowDays', 'incomeWatchProposals', 'incomeAtRiskProposals', 'incomeNearZeroCents'],
  },
  {
    group: 'drop',
    fields: ['dropRecentWeeks', 'dropBaselineWeeks', 'dropWatchPct', 'dropAtRiskPct', 'dropMinProposals'],
  },
  { group: 'view', fields: ['viewRateWeeks', 'viewRateMinProposals', 'viewRateWatchPct', 'viewRateAtRiskPct'] },
  { group: 'jss', fields: ['jssWatchPct', 'jssAtRiskPct'] },
];

/** The weekly plan's fields, in the order the Settings page shows them. */
export const TARGET_FIELDS: (keyof WeeklyTargets)[] = [
  'weeklyProposalsMin',
  'weeklyProposalsMax',
  'weeklyHires',
  'weeklyConnectsBudget',
];

type NumberField = keyof HealthThresholds | keyof WeeklyTargets | 'staleDays' | 'monthlyFreeConnects';
const NUMBER_FIELDS: NumberField[] = [
  'staleDays',
  'monthlyFreeConnects',
  ...TARGET_FIELDS,
  ...THRESHOLD_GROUPS.flatMap((g) => g.fields),
];
/** Shown and typed in dollars, stored in cents. */
const MONEY_FIELDS = new Set<NumberField>(['incomeNearZeroCents']);

export interface SettingsFormValues {
  weekStart: WeekStart;
  timeZone: string;
  healthNotifications: boolean;
  reviewNotifications: boolean;
  reviewDay: Weekday;
  reviewTime: string;
  numbers: Record<NumberField, string>;
}

export type SettingsErrors = Partial<Record<string, { key: string; params: Record<string, string | number> }>>;

export function formFromSettings(settings: Settings): SettingsFormValues {
  const numbers = Object.fromEntries(
    NUMBER_FIELDS.map((f) => [f, MONEY_FIELDS.has(f) ? String(settings[f] / 100) : String(settings[f])]),
  ) as Record<NumberField, string>;
  return {
    weekStart: settings.weekStart,
    timeZone: settings.timeZone,
    healthNotifications: settings.healthNotifications,
    reviewNotifications: settings.reviewNotifications,
    reviewDay: settings.reviewDay,
    reviewTime: settings.reviewTime,
    numbers,
  };
}

export function defaultText(field: NumberField): string {
  return MONEY_FIELDS.has(field) ? String(DEFAULT_SETTINGS[field] / 100) : String(DEFAULT_SETTINGS[field]);
}

/**
 * The form with every health threshold back at its default and everything else as typed: the
 * button says "thresholds", so the weekly plan (a choice, not a tuning) and the stale days stay.
 */
export function withDefaultThresholds(values: SettingsFormValues): SettingsFormValues {
  const numbers = { ...values.numbers };
  for (const field of THRESHOLD_GROUPS.flatMap((g) => g.fields)) numbers[field] = defaultText(field);
  return { ...values, numbers };
}

/** The patch to send, or the fields that are not numbers at all (range checks are main's job). */
export function formToPatch(values: SettingsFormValues): { patch: Partial<Settings>; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const patch: Partial<Settings> = {
    weekStart: values.weekStart,
    timeZone: values.timeZone,
    healthNotifications: values.healthNotifications,
    reviewNotifications: values.reviewNotifications,
    reviewDay: values.reviewDay,
    reviewTime: values.reviewTime,
  };
  for (const field of NUMBER_FIELDS) {
    const text = values.numbers[field].trim();
    if (text === '') {
      errors[field] = { key: 'validation.required', params: {} };
      continue;
    }
    if (MONEY_FIELDS.has(field)) {
      const cents = parseMoney(text);
      if (cents == null) errors[field] = { key: 'validation.money', params: {} };
      else patch[field] = cents;
      continue;
    }
    const n = Number(text.replace(/%$/, ''));
    if (!Number.isFinite(n)) errors[field] = { key: 'validation.number', params: {} };
    else if (!Number.isInteger(n)) errors[field] = { key: 'validation.wholeNumber', params: {} };
    else patch[field] = n;
  }
  return { patch, errors };
}

/** main's field errors by field; a money field's limit is turned back into dollars. */
export function errorsFromFields(fields: FieldError[]): SettingsErrors {
  const errors: SettingsErrors = {};
  for (const f of fields) {
    if (errors[f.path]) continue;
    const params = { ...f.params };
    if (MONEY_FIELDS.has(f.path as NumberField) && typeof params.limit === 'number') params.limit = params.limit / 100;
    errors[f.path] = { key: f.key, params };
  }
  return errors;
}
