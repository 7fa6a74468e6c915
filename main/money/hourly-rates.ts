import type { HourlyRates, HoursAndPay, KindHours, MonthHours, RateDimension } from '@shared/domain/hours';
import { payPerContractMonth, proposalsOfWorkedContracts } from '../db/money/hourly-rates';
import type { DomainContext } from '../core/handler-context';

// Hours and pay by month and by what won the contract (job type, category, skill), for the
// effective hourly rate on Earnings and in What converts. Sums only: the rates are worked out by
// shared/money/hourly-rate.ts where they are shown.

const LISTED_MONTHS = 24;

function add(into: HoursAndPay, from: HoursAndPay): void {
  into.seconds += from.seconds;
  into.earnedCents += from.earnedCents;
  into.feesCents += from.feesCents;
}

const zero = (): HoursAndPay => ({ seconds: 0, earnedCents: 0, feesCents: 0 });

export function hourlyRates({ db }: DomainContext): HourlyRates {
  const rows = payPerContractMonth(db);
  const months = new Map<string, MonthHours>();
  const contracts = new Map<number, HoursAndPay>();
  for (const row of rows) {
    const month = months.get(row.month) ?? { month: row.month, ...zero() };
    add(month, row);
    months.set(row.month, month);
    const contract = contracts.get(row.contractId) ?? zero();
    add(contract, row);
    contracts.set(row.contractId, contract);
  }

  const kinds: Record<RateDimension, Map<string, KindHours>> = {
    jobType: new Map(),
    category: new Map(),
    skill: new Map(),
  };
  const addKind = (dimension: RateDimension, value: string | null, pay: HoursAndPay) => {
    const name = value?.trim();
    if (!name) return;
    // Skills and categories are typed by hand: "React" and "react" are one group, shown as first met.
    const key = name.toLowerCase();
    const group = kinds[dimension].get(key) ?? { value: name, contracts: 0, ...zero() };
    group.contracts++;
    add(group, pay);
    kinds[dimension].set(key, group);
  };
  const won = proposalsOfWorkedContracts(db);
  for (const { contractId, jobType, category, skills } of won) {
    const pay = contracts.get(contractId);
    if (!pay) continue;
    addKind('jobType', jobType, pay);
    addKind('category', category, pay);
    for (const skill of new Set(JSON.parse(skills) as string[])) addKind('skill', skill, pay);
  }

  return {
    months: [...months.values()]
      .filter((m) => m.seconds > 0)
      .sort((a, b) => b.month.localeCompare(a.month))
      .slice(0, LISTED_MONTHS),
    kinds: {
      jobType: [...kinds.jobType.values()],
      category: [...kinds.category.values()],
      skill: [...kinds.skill.values()],
    },
    unlinkedContracts: contracts.size - won.length,
  };
}
