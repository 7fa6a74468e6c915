import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEKLY_TARGETS } from '@shared/domain/targets';
import { planVerdict } from '@shared/targets/plan-verdict';
import { weekProgress } from '@shared/targets/progress';

// The week review's sentence: the proposals' place in the plan's range, then the hires.
// Plan: 4 to 8 proposals, 1 hire (the defaults); then 2 hires for "short".

describe('planVerdict', () => {
  it.each([
    [14, 0, 1, 'over_none'],
    [14, 1, 2, 'over_short'],
    [14, 1, 1, 'over_met'],
    [9, 2, 1, 'over_met'],
    [8, 0, 1, 'within_none'],
    [4, 1, 2, 'within_short'],
    [6, 1, 1, 'within_met'],
    [0, 0, 1, 'below_none'],
    [3, 1, 2, 'below_short'],
    [2, 1, 1, 'below_met'],
    [0, 0, 0, 'below_met'], // no hire planned: none is the plan
  ])('%i sent, %i hired against %i planned -> %s', (sent, hires, weeklyHires, verdict) => {
    const progress = weekProgress(
      { ...DEFAULT_WEEKLY_TARGETS, weeklyHires },
      { weekStart: '2026-11-09', sent, hires, connects: 0 },
    );
    expect(planVerdict(progress)).toBe(verdict);
  });
});
