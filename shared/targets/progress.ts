import type { TargetProgress, WeekActivity, WeeklyTargets } from '../domain/targets';

/** The current week against the user's targets. */
export function weekProgress(targets: WeeklyTargets, week: WeekActivity): TargetProgress {
  const { weeklyProposalsMin: min, weeklyProposalsMax: max } = targets;
  const state = week.sent > max ? 'over' : week.sent >= min ? 'within' : 'below';
  const hiresMet = week.hires >= targets.weeklyHires;
  return {
    weekStart: week.weekStart,
    proposals: { sent: week.sent, min, max, state },
    hires: { count: week.hires, target: targets.weeklyHires, met: hiresMet },
    connects: {
      spent: week.connects,
      budget: targets.weeklyConnectsBudget,
      over: week.connects > targets.weeklyConnectsBudget,
    },
    volumeWithoutWins: state === 'over' && !hiresMet,
  };
}
