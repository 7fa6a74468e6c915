import { z } from 'zod';
import { WEEKDAYS } from '../domain/review';
import { LANGUAGE_SETTINGS, WEEK_STARTS, type Settings } from '../domain/settings';
import { channel } from './define';
import { fieldError, type FieldError } from './result';

/** Accepts "" (the computer's zone) or a zone Intl knows, e.g. "Asia/Manila". */
export const timeZone = z
  .string()
  .trim()
  .max(64)
  .refine((zone) => {
    if (zone === '') return true;
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'validation.timeZone');

const whole = (min: number, max: number) => z.number().int('validation.wholeNumber').min(min).max(max).optional();
/** Percent thresholds are whole percents: finer steps would promise a precision the samples lack. */
const percent = whole(0, 100);

export const settingsPatchSchema = z.strictObject({
  language: z.enum(LANGUAGE_SETTINGS).optional(),
  weekStart: z.enum(WEEK_STARTS).optional(),
  timeZone: timeZone.optional(),
  healthNotifications: z.boolean().optional(),
  staleDays: whole(1, 365),
  monthlyFreeConnects: whole(0, 1_000),
  conversionWindowDays: whole(7, 365),
  conversionWatchProposals: whole(1, 1000),
  conversionWatchHireRatePct: percent,
  conversionAtRiskProposals: whole(1, 1000),
  incomeWindowDays: whole(7, 365),
  incomeWatchProposals: whole(1, 5000),
  incomeAtRiskProposals: whole(1, 5000),
  incomeNearZeroCents: whole(0, 100_000_000),
  dropRecentWeeks: whole(1, 26),
  dropBaselineWeeks: whole(1, 52),
  dropWatchPct: percent,
  dropAtRiskPct: percent,
  dropMinProposals: whole(1, 1000),
  viewRateWeeks: whole(1, 26),
  viewRateMinProposals: whole(1, 1000),
  viewRateWatchPct: percent,
  viewRateAtRiskPct: percent,
  jssWatchPct: percent,
  jssAtRiskPct: percent,
  weeklyProposalsMin: whole(0, 500),
  weeklyProposalsMax: whole(1, 500),
  weeklyHires: whole(0, 50),
  weeklyConnectsBudget: whole(0, 10_000),
  reviewNotifications: z.boolean().optional(),
  reviewDay: z.enum(WEEKDAYS).optional(),
  reviewTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time')
    .optional(),
});

/**
 * Pairs that must stay in order once merged with the stored values: the at-risk level must be
 * at least as strict as the watch level, or "watch" could never show. [stricter, looser, direction]
 */
const ORDERED: [keyof Settings, keyof Settings, 'atLeast' | 'atMost'][] = [
  ['conversionAtRiskProposals', 'conversionWatchProposals', 'atLeast'],
  ['incomeAtRiskProposals', 'incomeWatchProposals', 'atLeast'],
  ['dropAtRiskPct', 'dropWatchPct', 'atMost'],
  ['viewRateAtRiskPct', 'viewRateWatchPct', 'atMost'],
  ['jssAtRiskPct', 'jssWatchPct', 'atMost'],
];

/** Field errors for settings whose at-risk and watch levels cross; the error sits on the field that was changed. */
export function settingsConflicts(next: Settings, changed: ReadonlySet<string>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [risk, watch, direction] of ORDERED) {
    const a = next[risk] as number;
    const b = next[watch] as number;
    if (direction === 'atLeast' ? a >= b : a <= b) continue;
    const path = changed.has(risk) || !changed.has(watch) ? risk : watch;
    const key =
      path === risk
        ? `validation.${direction}Watch`
        : `validation.${direction === 'atLeast' ? 'atMost' : 'atLeast'}Risk`;
    errors.push(
      fieldError(path, key, `${risk} must be ${direction === 'atLeast' ? 'at least' : 'at most'} ${watch}`, {
        limit: path === risk ? b : a,
      }),
    );
  }
  return errors.concat(targetRangeConflict(next, changed));
}

/** The weekly proposals target is a range: its floor may not pass its ceiling. */
function targetRangeConflict(next: Settings, changed: ReadonlySet<string>): FieldError[] {
  if (next.weeklyProposalsMin <= next.weeklyProposalsMax) return [];
  return changed.has('weeklyProposalsMax') && !changed.has('weeklyProposalsMin')
    ? [
        fieldError('weeklyProposalsMax', 'targets.errors.maxBelowMin', 'the ceiling is under the floor', {
          limit: next.weeklyProposalsMin,
        }),
      ]
    : [
        fieldError('weeklyProposalsMin', 'targets.errors.minAboveMax', 'the floor is over the ceiling', {
          limit: next.weeklyProposalsMax,
        }),
      ];
}

export const settingsChannels = {
  'settings:get': channel<Settings>()(z.undefined()),
  /** Changes only the keys given; returns the whole settings after the change. */
  'settings:update': channel<Settings>()(settingsPatchSchema),
};
