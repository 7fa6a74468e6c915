import type { Finding, HealthInput, HealthLevel, Statement } from '../domain/health';
import type { WeekRow } from '../domain/weekly';
import { MATURITY_DAYS } from '../metrics/rates';
import { addDays, daysBetween } from './days';

/**
 * Most outcomes arrive within about two weeks (DESIGN.md), so a week is mature once its last
 * day is MATURITY_DAYS old. Rates of younger weeks are still filling in: they never judge a rule.
 * (Counted in local days, which is what the rules get; the dashboard counts instants, same result.)
 */
export function isMatureWeek(weekStart: string, today: string): boolean {
  return daysBetween(addDays(weekStart, 7), today) >= MATURITY_DAYS;
}

/** Start of the newest mature week, counted back from the current week. */
export function latestMatureWeek(currentWeekStart: string, today: string): string {
  let week = currentWeekStart;
  while (!isMatureWeek(week, today)) week = addDays(week, -7);
  return week;
}

interface Totals {
  sent: number;
  viewed: number;
  hired: number;
  from: string;
  to: string;
}

/** Sums the weeks starting from `from` through the week starting `lastWeek` (missing weeks count as empty). */
export function sumWeeks(weeks: readonly WeekRow[], lastWeek: string, count: number): Totals {
  const from = addDays(lastWeek, -7 * (count - 1));
  const totals: Totals = { sent: 0, viewed: 0, hired: 0, from, to: addDays(lastWeek, 6) };
  for (const w of weeks) {
    if (w.weekStart >= from && w.weekStart <= lastWeek) {
      totals.sent += w.sent;
      totals.viewed += w.viewed;
      totals.hired += w.hired;
    }
  }
  return totals;
}

const count = (n: number) => ({ count: n });
const ratio = (r: number) => ({ ratio: r });
const day = (d: string) => ({ day: d });

/** Rule 3: the latest mature weeks' hire rate against the user's own earlier baseline. */
export function ratioDrop({ weeks, today, currentWeekStart, thresholds: t }: HealthInput): Finding {
  const last = latestMatureWeek(currentWeekStart, today);
  const recent = sumWeeks(weeks, last, t.dropRecentWeeks);
  const baseline = sumWeeks(weeks, addDays(last, -7 * t.dropRecentWeeks), t.dropBaselineWeeks);
  const threshold: Statement = {
    key: 'threshold.drop',
    params: { watch: ratio(t.dropWatchPct / 100), risk: ratio(t.dropAtRiskPct / 100), min: count(t.dropMinProposals) },
  };
  const evidence: Statement[] = [
    {
      key: 'evidence.dropRecent',
      params: { sent: count(recent.sent), hired: count(recent.hired), from: day(recent.from), to: day(recent.to) },
    },
    {
      key: 'evidence.dropBaseline',
      params: {
        sent: count(baseline.sent),
        hired: count(baseline.hired),
        from: day(baseline.from),
        to: day(baseline.to),
      },
    },
  ];
  // A baseline without a hire has nothing to drop from; small samples swing too much to compare.
  if (recent.sent < t.dropMinProposals || baseline.sent < t.dropMinProposals || baseline.hired === 0) {
    return {
      rule: 'ratioDrop',
      level: 'ok',
      judged: false,
      evidence: [...evidence, { key: 'evidence.notEnoughData', params: { min: count(t.dropMinProposals) } }],
      threshold,
      advice: [],
    };
  }
  const recentRate = recent.hired / recent.sent;
  const baselineRate = baseline.hired / baseline.sent;
  const relative = recentRate / baselineRate;
  let level: HealthLevel = 'ok';
  if (relative < t.dropAtRiskPct / 100) level = 'at_risk';
  else if (relative < t.dropWatchPct / 100) level = 'watch';
  evidence.push({
    key: 'evidence.dropRates',
    params: { recent: ratio(recentRate), baseline: ratio(baselineRate), relative: ratio(relative) },
  });
  return {
    rule: 'ratioDrop',
    level,
    judged: true,
    evidence,
    threshold,
    advice:
      level === 'ok'
        ? []
        : [
            { key: 'advice.compareWhatChanged', params: {} },
            { key: 'advice.fewerBetterProposals', params: {} },
          ],
  };
}

/** Rule 4: few proposals even get viewed, a relevance problem (title, skills, categories). */
export function lowViewRate({
  weeks,
  today,
  currentWeekStart,
  convertingSkills,
  convertingCategories,
  thresholds: t,
}: HealthInput): Finding {
  const last = latestMatureWeek(currentWeekStart, today);
  const totals = sumWeeks(weeks, last, t.viewRateWeeks);
  const threshold: Statement = {
    key: 'threshold.viewRate',
    params: {
      watch: ratio(t.viewRateWatchPct / 100),
      risk: ratio(t.viewRateAtRiskPct / 100),
      min: count(t.viewRateMinProposals),
    },
  };
  const evidence: Statement[] = [
    {
      key: 'evidence.viewed',
      params: { sent: count(totals.sent), viewed: count(totals.viewed), from: day(totals.from), to: day(totals.to) },
    },
  ];
  if (totals.sent < t.viewRateMinProposals) {
    return {
      rule: 'lowViewRate',
      level: 'ok',
      judged: false,
      evidence: [...evidence, { key: 'evidence.notEnoughData', params: { min: count(t.viewRateMinProposals) } }],
      threshold,
      advice: [],
    };
  }
  const rate = totals.viewed / totals.sent;
  let level: HealthLevel = 'ok';
  if (rate < t.viewRateAtRiskPct / 100) level = 'at_risk';
  else if (rate < t.viewRateWatchPct / 100) level = 'watch';
  evidence.push({ key: 'evidence.viewRate', params: { rate: ratio(rate) } });
  const advice: Statement[] = [];
  if (level !== 'ok') {
    advice.push({ key: 'advice.relevance', params: {} });
    if (convertingSkills.length > 0) {
      advice.push({
        key: 'advice.skillsThatWork',
        params: { skills: { text: convertingSkills.slice(0, 5).join(', ') } },
      });
    }
    if (convertingCategories.length > 0) {
      advice.push({
        key: 'advice.categoriesThatWork',
        params: { categories: { text: convertingCategories.slice(0, 3).join(', ') } },
      });
    }
    advice.push({ key: 'advice.bidEarly', params: {} });
  }
  return { rule: 'lowViewRate', level, judged: true, evidence, threshold, advice };
}
