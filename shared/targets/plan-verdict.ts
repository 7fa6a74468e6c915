import type { TargetProgress } from '../domain/targets';

// The one sentence under the week review's plan: how the proposals sent stand against the plan's
// range, and whether the hires came. Volume past the ceiling without a hire is the pattern the
// ceiling exists for, so the sentence names both halves together.

export type HiresOutcome = 'none' | 'short' | 'met';

/** Catalogue key under `targets.review.verdict.`: `<proposals state>_<hires outcome>`. */
export function planVerdict({
  proposals,
  hires,
}: TargetProgress): `${TargetProgress['proposals']['state']}_${HiresOutcome}` {
  const outcome: HiresOutcome = hires.met ? 'met' : hires.count === 0 ? 'none' : 'short';
  return `${proposals.state}_${outcome}`;
}
