// The no-double-count rule (docs/money.md): the transaction history is the truth for money. A
// Weekly Summary amount counts only for a contract and week that no other earning pays for. An
// earning no contract claims could be for any of them, so it covers its whole week.

export interface PaidWeek {
  /** The contract it pays (any stable key), or null when no contract claims it. */
  contract: string | null;
  /** Monday "YYYY-MM-DD" of the Upwork week it pays for. */
  week: string;
}

export type Cover = (contract: string | null, week: string) => boolean;

export function coverOf(paid: Iterable<PaidWeek>): Cover {
  const claimed = new Set<string>();
  const weeks = new Set<string>();
  const unclaimed = new Set<string>();
  for (const { contract, week } of paid) {
    weeks.add(week);
    if (contract === null) unclaimed.add(week);
    else claimed.add(`${contract}\n${week}`);
  }
  // An amount of no known contract is covered by any earning of its week.
  return (contract, week) =>
    unclaimed.has(week) || (contract === null ? weeks.has(week) : claimed.has(`${contract}\n${week}`));
}
