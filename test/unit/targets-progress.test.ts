import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEKLY_TARGETS, type WeeklyTargets } from '@shared/domain/targets';
import { weekProgress } from '@shared/targets/progress';

const plan: WeeklyTargets = { weeklyProposalsMin: 4, weeklyProposalsMax: 8, weeklyHires: 1, weeklyConnectsBudget: 80 };
const week = (sent: number, hires: number, connects = 0) => ({ weekStart: '2026-11-16', sent, hires, connects });

describe('the week against its plan', () => {
  it.each<[string, number, number, 'below' | 'within' | 'over', boolean]>([
    ['nothing sent yet', 0, 0, 'below', false],
    ['under the floor', 3, 0, 'below', false],
    ['at the floor', 4, 0, 'within', false],
    ['at the ceiling, no hire: not past it yet', 8, 0, 'within', false],
    ['past the ceiling with no hire: the gentle warning', 9, 0, 'over', true],
    ['past the ceiling with the hire planned: no warning', 12, 1, 'over', false],
  ])('%s', (_name, sent, hires, state, warn) => {
    const progress = weekProgress(plan, week(sent, hires));
    expect(progress.proposals).toEqual({ sent, min: 4, max: 8, state });
    expect(progress.hires).toEqual({ count: hires, target: 1, met: hires >= 1 });
    expect(progress.volumeWithoutWins).toBe(warn);
  });

  it('a plan of no hires never calls hires behind', () => {
    const progress = weekProgress({ ...plan, weeklyHires: 0 }, week(20, 0));
    expect(progress.hires.met).toBe(true);
    expect(progress.volumeWithoutWins).toBe(false);
  });

  it('Connects are over budget only past it', () => {
    expect(weekProgress(plan, week(5, 0, 80)).connects).toEqual({ spent: 80, budget: 80, over: false });
    expect(weekProgress(plan, week(5, 0, 81)).connects.over).toBe(true);
  });

  it('the default plan is a range with room in it', () => {
    expect(DEFAULT_WEEKLY_TARGETS.weeklyProposalsMin).toBeLessThan(DEFAULT_WEEKLY_TARGETS.weeklyProposalsMax);
  });
});
