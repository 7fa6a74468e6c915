import { describe, expect, it } from 'vitest';
import type { HealthLevel } from '@shared/domain/health';
import { addDays } from '@shared/health/days';
import { evaluateHealth } from '@shared/health/evaluate';
import { lowConversion, volumeWithoutIncome } from '@shared/health/conversion-rules';
import { jssBand, jssRule, topRatedProgress } from '@shared/health/jss';
import { isWorse, worstLevel } from '@shared/health/levels';
import { isMatureWeek, latestMatureWeek, lowViewRate, ratioDrop } from '@shared/health/weekly-rules';
import { block, CURRENT_WEEK, healthInput, LATEST_MATURE, TODAY, week } from '../support/health-input';

// Defaults under test: conversion watch at 20+ proposals under 5% hires, at risk at 30+ with none;
// income watch 30+ / at risk 60+ proposals in 90 days under $100; drop watch under 50% / at risk
// under 25% of the baseline (20+ proposals each side); views watch under 20% / at risk under 10%;
// JSS watch under 75 / at risk under 70.

describe('rule 1, low conversion (trailing 30 days)', () => {
  it.each<[string, number, number, HealthLevel]>([
    ['no proposals', 0, 0, 'ok'],
    ['just under the watch count', 19, 0, 'ok'],
    ['at the watch count, no hire', 20, 0, 'watch'],
    ['at the watch rate exactly (5%)', 20, 1, 'ok'],
    ['just under the watch rate (4.88%)', 41, 2, 'watch'],
    ['just over the watch rate (5.13%)', 39, 2, 'ok'],
    ['just under the at-risk count', 29, 0, 'watch'],
    ['at the at-risk count, no hire', 30, 0, 'at_risk'],
    ['just over the at-risk count', 31, 0, 'at_risk'],
    ['at-risk count but one hire (3.3%)', 30, 1, 'watch'],
    ['at-risk count, two hires (6.7%)', 30, 2, 'ok'],
  ])('%s: %i sent, %i hired -> %s', (_name, sent, hired, level) => {
    const finding = lowConversion(healthInput({ conversion: { days: 30, sent, hired } }));
    expect(finding.level).toBe(level);
    expect(finding.evidence[0]).toEqual({
      key: 'evidence.conversion',
      params: { sent: { count: sent }, hired: { count: hired }, days: { count: 30 } },
    });
    expect(finding.advice.length > 0).toBe(level !== 'ok');
  });

  it('follows the user thresholds, not the defaults', () => {
    const input = healthInput({ conversion: { days: 14, sent: 10, hired: 0 } });
    input.thresholds = { ...input.thresholds, conversionWatchProposals: 5, conversionAtRiskProposals: 10 };
    expect(lowConversion(input).level).toBe('at_risk');
    expect(lowConversion(input).threshold.params.riskSent).toEqual({ count: 10 });
  });

  it('says "1 hire per N proposals" only when there was a hire', () => {
    expect(
      lowConversion(healthInput({ conversion: { days: 30, sent: 45, hired: 2 } })).evidence.map((e) => e.key),
    ).toEqual(['evidence.conversion', 'evidence.hireRate', 'evidence.perHire']);
    expect(
      lowConversion(healthInput({ conversion: { days: 30, sent: 45, hired: 0 } })).evidence.map((e) => e.key),
    ).not.toContain('evidence.perHire');
  });
});

describe('rule 2, volume without income (trailing 90 days)', () => {
  it.each<[string, number, number, HealthLevel]>([
    ['just under the watch count', 29, 0, 'ok'],
    ['at the watch count, nothing earned', 30, 0, 'watch'],
    ['just under the income floor ($99.99)', 31, 9_999, 'watch'],
    ['at the income floor ($100)', 30, 10_000, 'ok'],
    ['just over the income floor', 30, 10_001, 'ok'],
    ['just under the at-risk count', 59, 0, 'watch'],
    ['at the at-risk count', 60, 0, 'at_risk'],
    ['just over the at-risk count', 61, 500, 'at_risk'],
    ['many proposals but real income', 200, 250_000, 'ok'],
  ])('%s: %i sent, %i cents -> %s', (_name, sent, earningsCents, level) => {
    const finding = volumeWithoutIncome(
      healthInput({ income: { days: 90, sent, hired: 3, earningsCents, earningsRecorded: true } }),
    );
    expect(finding.level).toBe(level);
    expect(finding.evidence[1]).toEqual({
      key: 'evidence.earned',
      params: { earned: { cents: earningsCents }, days: { count: 90 } },
    });
  });

  it('tells "no earnings recorded yet" apart from "earned $0", judging by hires meanwhile', () => {
    const none = (sent: number, hired: number) =>
      volumeWithoutIncome(
        healthInput({ income: { days: 90, sent, hired, earningsCents: 0, earningsRecorded: false } }),
      );
    expect(none(30, 0).level).toBe('watch');
    expect(none(60, 0).level).toBe('at_risk');
    expect(none(60, 1).level).toBe('ok');
    expect(none(30, 0).evidence[1]!.key).toBe('evidence.noEarningsRecorded');
    expect(none(5, 0).advice.map((a) => a.key)).toEqual(['advice.recordEarnings']);
    // Recorded earnings of zero: the hire does not excuse it, the money is what counts.
    const zero = volumeWithoutIncome(
      healthInput({ income: { days: 90, sent: 60, hired: 1, earningsCents: 0, earningsRecorded: true } }),
    );
    expect(zero.level).toBe('at_risk');
    expect(zero.evidence[1]!.key).toBe('evidence.earned');
  });
});

describe('maturity', () => {
  it('calls a week mature once its last day is 14 days old', () => {
    expect(isMatureWeek('2026-10-26', TODAY)).toBe(true); // last day Nov 1, 19 days before today
    expect(isMatureWeek('2026-11-02', TODAY)).toBe(false); // + 21 days = Nov 23, after today
    expect(isMatureWeek('2026-11-02', '2026-11-23')).toBe(true);
    expect(isMatureWeek('2026-11-02', '2026-11-22')).toBe(false);
    expect(latestMatureWeek(CURRENT_WEEK, TODAY)).toBe(LATEST_MATURE);
  });
});

/** 12 baseline weeks then 4 recent mature weeks, then the 3 immature weeks up to the current one. */
function dropSeries(baseline: [number, number], recent: [number, number], immature: [number, number] = [0, 0]) {
  return [
    ...block(addDays(LATEST_MATURE, -28), 12, { sent: baseline[0], hired: baseline[1], viewed: baseline[0] }),
    ...block(LATEST_MATURE, 4, { sent: recent[0], hired: recent[1], viewed: recent[0] }),
    ...block(CURRENT_WEEK, 3, { sent: immature[0], hired: immature[1] }),
  ];
}

describe('rule 3, ratio drop against the own baseline (mature weeks only)', () => {
  // Baseline: 120 proposals, 12 hires = 10%.
  it.each<[string, [number, number], HealthLevel, boolean]>([
    ['steady at the baseline rate', [40, 4], 'ok', true],
    ['at half the baseline exactly', [40, 2], 'ok', true],
    ['just under half (48.8%)', [41, 2], 'watch', true],
    ['just over half (51.3%)', [39, 2], 'ok', true],
    ['at a quarter exactly', [40, 1], 'watch', true],
    ['just under a quarter (24.4%)', [41, 1], 'at_risk', true],
    ['just over a quarter (25.6%)', [39, 1], 'watch', true],
    ['no hire at all recently', [40, 0], 'at_risk', true],
    ['recent sample just under the minimum', [19, 0], 'ok', false],
    ['recent sample at the minimum', [20, 0], 'at_risk', true],
  ])('%s -> %s', (_name, recent, level, judged) => {
    const finding = ratioDrop(healthInput({ weeks: dropSeries([120, 12], recent) }));
    expect(finding.level).toBe(level);
    expect(finding.judged).toBe(judged);
  });

  it('does not judge without a baseline sample or a baseline hire', () => {
    expect(ratioDrop(healthInput({ weeks: dropSeries([19, 5], [40, 0]) })).judged).toBe(false);
    expect(ratioDrop(healthInput({ weeks: dropSeries([20, 5], [40, 0]) })).judged).toBe(true);
    const noBaselineHire = ratioDrop(healthInput({ weeks: dropSeries([120, 0], [40, 0]) }));
    expect(noBaselineHire).toMatchObject({ level: 'ok', judged: false });
    expect(noBaselineHire.evidence.at(-1)!.key).toBe('evidence.notEnoughData');
  });

  it('ignores immature weeks, however bad, until they mature', () => {
    const weeks = dropSeries([120, 12], [40, 4], [200, 0]);
    expect(ratioDrop(healthInput({ weeks })).level).toBe('ok');
    // Three weeks later the bad weeks are mature and inside the recent window.
    const later = healthInput({ weeks, today: '2026-12-11', currentWeekStart: '2026-12-07' });
    expect(ratioDrop(later).level).toBe('at_risk');
  });

  it('counts weeks missing from the series as empty', () => {
    const sparse = [
      week('2026-08-03', { sent: 60, hired: 6 }),
      week('2026-09-07', { sent: 60, hired: 6 }),
      week('2026-10-19', { sent: 40, hired: 0 }),
    ];
    const finding = ratioDrop(healthInput({ weeks: sparse }));
    expect(finding.level).toBe('at_risk');
    expect(finding.evidence[0]).toMatchObject({ params: { from: { day: '2026-10-05' }, to: { day: '2026-11-01' } } });
  });
});

describe('rule 4, low view rate (mature weeks only)', () => {
  const views = (sent: number, viewed: number, immature: [number, number] = [0, 0]) =>
    lowViewRate(
      healthInput({
        weeks: [
          ...block(LATEST_MATURE, 4, { sent, viewed }),
          ...block(CURRENT_WEEK, 3, { sent: immature[0], viewed: immature[1] }),
        ],
        convertingSkills: ['React', 'TypeScript'],
        convertingCategories: ['Web Development'],
      }),
    );
  it.each<[string, number, number, HealthLevel, boolean]>([
    ['sample just under the minimum', 19, 0, 'ok', false],
    ['at the watch rate (20%)', 20, 4, 'ok', true],
    ['just under the watch rate (19%)', 21, 4, 'watch', true],
    ['just over the watch rate (20.8%)', 24, 5, 'ok', true],
    ['at the at-risk rate (10%)', 30, 3, 'watch', true],
    ['just under the at-risk rate (9.7%)', 31, 3, 'at_risk', true],
    ['just over the at-risk rate (10.3%)', 29, 3, 'watch', true],
    ['nothing viewed', 40, 0, 'at_risk', true],
  ])('%s: %i sent, %i viewed -> %s', (_name, sent, viewed, level, judged) => {
    const finding = views(sent, viewed);
    expect(finding.level).toBe(level);
    expect(finding.judged).toBe(judged);
  });

  it('names the skills and categories that do get viewed in its advice', () => {
    expect(views(40, 0).advice).toContainEqual({
      key: 'advice.skillsThatWork',
      params: { skills: { text: 'React, TypeScript' } },
    });
    expect(views(40, 0).advice).toContainEqual({
      key: 'advice.categoriesThatWork',
      params: { categories: { text: 'Web Development' } },
    });
    expect(views(40, 20).advice).toEqual([]);
  });

  it('ignores this week and the last two, still filling in', () => {
    expect(views(40, 20, [200, 0]).level).toBe('ok');
  });
});

describe('rule 5, JSS', () => {
  const jssAt = (score: number, recordedOn = '2026-11-01') =>
    jssRule(healthInput({ jss: [{ id: 1, recordedOn, score }] }));
  it.each<[number, HealthLevel]>([
    [76, 'ok'],
    [75, 'ok'],
    [74, 'watch'],
    [71, 'watch'],
    [70, 'watch'],
    [69, 'at_risk'],
    [12, 'at_risk'],
  ])('JSS %i -> %s', (score, level) => {
    expect(jssAt(score).level).toBe(level);
  });

  it('judges nothing when no JSS is recorded (new freelancers have none)', () => {
    expect(jssRule(healthInput())).toMatchObject({ level: 'ok', judged: false, evidence: [{ key: 'evidence.noJss' }] });
  });

  it('uses the latest entry up to today and asks for a fresh one after 60 days', () => {
    const input = healthInput({
      jss: [
        { id: 1, recordedOn: '2026-08-01', score: 60 },
        { id: 2, recordedOn: '2026-09-20', score: 92 },
        { id: 3, recordedOn: '2026-12-01', score: 10 }, // after "today": ignored
      ],
    });
    const finding = jssRule(input);
    expect(finding.level).toBe('ok');
    expect(finding.evidence[0]!.params.score).toEqual({ count: 92 });
    expect(finding.advice.map((a) => a.key)).toEqual(['advice.recordJss']); // 61 days old
    expect(jssAt(92, '2026-09-21').advice).toEqual([]); // 60 days old
  });

  it.each<[number, string]>([
    [100, 'top'],
    [90, 'top'],
    [89, 'good'],
    [75, 'good'],
    [74, 'low'],
    [70, 'low'],
    [69, 'review'],
  ])('JSS %i is in band %s', (score, band) => {
    expect(jssBand(score)).toBe(band);
  });
});

describe('Top Rated progress', () => {
  const base = { currentWeekStart: CURRENT_WEEK, earnings12mCents: 0, earningsRecorded: false, firstContractOn: null };
  it('counts the weeks whose JSS in effect was 90 or more, of the last 16', () => {
    // 16 weeks: from the week of 2026-08-03 to the current one. A 95 long ago, then 85 recorded on Oct 28.
    const progress = topRatedProgress({
      ...base,
      jss: [
        { id: 1, recordedOn: '2026-05-01', score: 95 },
        { id: 2, recordedOn: '2026-10-28', score: 85 },
      ],
    });
    // Weeks ending Aug 9 … Oct 25 (12 weeks) had 95; weeks ending Nov 1 … Nov 22 (4) had 85.
    expect(progress).toMatchObject({ weeksAtOrAbove90: 12, weeksKnown: 16, weeksNeeded: 13, weeksConsidered: 16 });
  });

  it('knows nothing before the first entry', () => {
    expect(topRatedProgress({ ...base, jss: [{ id: 1, recordedOn: '2026-11-17', score: 97 }] })).toMatchObject({
      weeksAtOrAbove90: 1,
      weeksKnown: 1,
    });
    expect(topRatedProgress({ ...base, jss: [] })).toMatchObject({
      weeksAtOrAbove90: 0,
      weeksKnown: 0,
      earningsNeededCents: 100_000,
    });
  });
});

describe('the whole evaluation', () => {
  it('judges nothing, saying why, on an empty database', () => {
    const status = evaluateHealth(healthInput());
    expect(status.overall).toBe('ok');
    expect(status.judged).toBe(false);
    expect(status.findings.map((f) => [f.rule, f.level, f.judged])).toEqual([
      ['lowConversion', 'ok', false],
      ['volumeWithoutIncome', 'ok', false],
      ['ratioDrop', 'ok', false],
      ['lowViewRate', 'ok', false],
      ['jss', 'ok', false],
    ]);
  });

  it('takes the worst rule as the overall level', () => {
    const status = evaluateHealth(
      healthInput({ conversion: { days: 30, sent: 25, hired: 0 }, jss: [{ id: 1, recordedOn: TODAY, score: 60 }] }),
    );
    expect(status.findings.map((f) => f.level)).toEqual(['watch', 'ok', 'ok', 'ok', 'at_risk']);
    expect(status.overall).toBe('at_risk');
  });

  it('orders levels', () => {
    expect(worstLevel([])).toBe('ok');
    expect(worstLevel(['watch', 'ok'])).toBe('watch');
    expect(isWorse('watch', 'ok')).toBe(true);
    expect(isWorse('at_risk', 'watch')).toBe(true);
    expect(isWorse('watch', 'watch')).toBe(false);
    expect(isWorse('ok', 'at_risk')).toBe(false);
  });
});

describe('a verdict only with the data it needs', () => {
  it('judges few hires from the fewest proposals a level needs (20 by default), not before', () => {
    const few = lowConversion(healthInput({ conversion: { days: 30, sent: 19, hired: 0 } }));
    expect(few).toMatchObject({ level: 'ok', judged: false });
    expect(few.evidence).toContainEqual({ key: 'evidence.notEnoughYet', params: { min: { count: 20 } } });
    expect(lowConversion(healthInput({ conversion: { days: 30, sent: 20, hired: 1 } })).judged).toBe(true);
  });

  it('judges proposals without income from the fewest proposals a level needs, not before', () => {
    const input = healthInput();
    const minimum = Math.min(input.thresholds.incomeWatchProposals, input.thresholds.incomeAtRiskProposals);
    const income = { ...input.income, sent: minimum - 1 };
    expect(volumeWithoutIncome(healthInput({ income })).judged).toBe(false);
    expect(volumeWithoutIncome(healthInput({ income: { ...income, sent: minimum } })).judged).toBe(true);
  });

  it('counts the whole evaluation as judged once one rule is', () => {
    expect(evaluateHealth(healthInput({ conversion: { days: 30, sent: 25, hired: 5 } })).judged).toBe(true);
  });
});
