import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetProgress } from '@shared/domain/targets';
import { planVerdict } from '@shared/targets/plan-verdict';
import { useFormat } from '../hooks/use-format';

interface BarProps {
  actual: number;
  /** The plan: a range (proposals) or a single mark (hires, the Connects budget). */
  from: number;
  to: number;
  /** Past the plan in the direction that hurts: drawn in the warning colour. */
  over: boolean;
}

/**
 * One figure against its plan: the bar is what happened, the shaded band the plan's range (a
 * line for a single target). Decoration only: the same numbers are written beside it.
 */
function PlanBar({ actual, from, to, over }: BarProps) {
  const scale = Math.max(actual, to, 1) * 1.15;
  const x = (n: number) => (n / scale) * 100;
  return (
    <svg className="plan-bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="plan-bar-track" x="0" y="0" width="100" height="12" />
      <rect className="plan-bar-range" x={x(from)} y="0" width={Math.max(x(to) - x(from), 0.6)} height="12" />
      <rect
        className={over ? 'plan-bar-actual plan-bar-over' : 'plan-bar-actual'}
        x="0"
        y="3"
        width={x(actual)}
        height="6"
      />
    </svg>
  );
}

/** The week review's plan against what happened, with one sentence that says how it went. */
export function PlanVsActual({ plan }: { plan: TargetProgress }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const { proposals, hires, connects } = plan;
  const verdict = planVerdict(plan);
  const n = format.number;
  const rows = [
    {
      label: t('targets.review.proposals'),
      actual: proposals.sent,
      plan: t('targets.review.proposalsPlan', { min: n(proposals.min), max: n(proposals.max) }),
      bar: { from: proposals.min, to: proposals.max, over: proposals.state === 'over' },
    },
    {
      label: t('targets.review.hires'),
      actual: hires.count,
      plan: t('targets.review.target', { target: n(hires.target) }),
      bar: { from: hires.target, to: hires.target, over: false },
    },
    {
      label: t('targets.review.connects'),
      actual: connects.spent,
      plan: t('targets.review.budget', { budget: n(connects.budget) }),
      bar: { from: connects.budget, to: connects.budget, over: connects.over },
    },
  ];
  return (
    <section className="panel plan-vs-actual" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('targets.review.title')}</h2>
      <p className={plan.volumeWithoutWins ? 'note plan-verdict' : 'plan-verdict'}>
        {t(`targets.review.verdict.${verdict}`, {
          sent: n(proposals.sent),
          min: n(proposals.min),
          max: n(proposals.max),
          hires: n(hires.count),
          target: n(hires.target),
        })}
        {connects.over &&
          ` ${t('targets.review.overBudget', { spent: n(connects.spent), budget: n(connects.budget) })}`}
      </p>
      <dl className="plan-rows">
        {rows.map((row) => (
          <div key={row.label} className="plan-row">
            <dt>{row.label}</dt>
            <dd className="plan-figure">
              <strong>{n(row.actual)}</strong> <span className="muted">{row.plan}</span>
            </dd>
            <dd className="plan-chart">
              <PlanBar actual={row.actual} {...row.bar} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="field-hint">{t('targets.review.lead')}</p>
    </section>
  );
}
