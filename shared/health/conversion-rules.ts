import type { Finding, HealthInput, HealthLevel, Statement } from '../domain/health';

// Rules over trailing windows: what Upwork itself can see (proposals sent, projects won, money
// earned), whether or not the outcomes are "mature". The 2016 announcement names exactly this.

const count = (n: number) => ({ count: n });
const ratio = (r: number) => ({ ratio: r });

/** Rule 1: many proposals, few hires in the trailing window. */
export function lowConversion({ conversion, thresholds: t }: HealthInput): Finding {
  const { sent, hired, days } = conversion;
  const rate = sent === 0 ? 0 : hired / sent;
  let level: HealthLevel = 'ok';
  if (sent >= t.conversionAtRiskProposals && hired === 0) level = 'at_risk';
  else if (sent >= t.conversionWatchProposals && rate < t.conversionWatchHireRatePct / 100) level = 'watch';

  // Under the fewest proposals either level needs there is no verdict to give, not an "OK".
  const minimum = Math.min(t.conversionWatchProposals, t.conversionAtRiskProposals);
  const evidence: Statement[] = [
    { key: 'evidence.conversion', params: { sent: count(sent), hired: count(hired), days: count(days) } },
  ];
  if (sent > 0) evidence.push({ key: 'evidence.hireRate', params: { rate: ratio(rate) } });
  if (hired > 0) evidence.push({ key: 'evidence.perHire', params: { n: count(Math.round(sent / hired)) } });
  if (sent < minimum) evidence.push({ key: 'evidence.notEnoughYet', params: { min: count(minimum) } });
  const advice: Statement[] =
    level === 'ok'
      ? []
      : [
          { key: 'advice.fewerBetterProposals', params: {} },
          { key: 'advice.pickClients', params: {} },
          ...(level === 'at_risk' ? [{ key: 'advice.pauseBidding', params: {} }] : []),
        ];
  return {
    rule: 'lowConversion',
    level,
    judged: sent >= minimum,
    evidence,
    threshold: {
      key: 'threshold.conversion',
      params: {
        watchSent: count(t.conversionWatchProposals),
        watchRate: ratio(t.conversionWatchHireRatePct / 100),
        riskSent: count(t.conversionAtRiskProposals),
        days: count(days),
      },
    },
    advice,
  };
}

/** Rule 2: proposals keep going out while income stays near zero (the exact 2016 pattern). */
export function volumeWithoutIncome({ income, thresholds: t }: HealthInput): Finding {
  const { sent, hired, days, earningsCents, earningsRecorded } = income;
  // With no earnings ever recorded we cannot tell "earned nothing" from "not imported yet";
  // a hire in the window is then the evidence of winning work, the other half of the pattern.
  const noIncome = earningsRecorded ? earningsCents < t.incomeNearZeroCents : hired === 0;
  let level: HealthLevel = 'ok';
  if (noIncome && sent >= t.incomeAtRiskProposals) level = 'at_risk';
  else if (noIncome && sent >= t.incomeWatchProposals) level = 'watch';

  const minimum = Math.min(t.incomeWatchProposals, t.incomeAtRiskProposals);
  const evidence: Statement[] = [{ key: 'evidence.windowSent', params: { sent: count(sent), days: count(days) } }];
  evidence.push(
    earningsRecorded
      ? { key: 'evidence.earned', params: { earned: { cents: earningsCents }, days: count(days) } }
      : { key: 'evidence.noEarningsRecorded', params: { hired: count(hired), days: count(days) } },
  );
  if (sent < minimum) evidence.push({ key: 'evidence.notEnoughYet', params: { min: count(minimum) } });
  const advice: Statement[] = [];
  if (level !== 'ok') {
    advice.push({ key: 'advice.smallFirstContracts', params: {} }, { key: 'advice.slowDown', params: {} });
  }
  if (!earningsRecorded) advice.push({ key: 'advice.recordEarnings', params: {} });
  return {
    rule: 'volumeWithoutIncome',
    level,
    judged: sent >= minimum,
    evidence,
    threshold: {
      key: 'threshold.income',
      params: {
        watchSent: count(t.incomeWatchProposals),
        riskSent: count(t.incomeAtRiskProposals),
        floor: { cents: t.incomeNearZeroCents },
        days: count(days),
      },
    },
    advice,
  };
}
