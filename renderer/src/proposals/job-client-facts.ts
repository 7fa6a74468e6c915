import type { TFunction } from 'i18next';
import type { Proposal } from '@shared/domain/proposal';
import type { useFormat } from '../hooks/use-format';

/** "$30.00–$60.00 an hour", one rate when the post gave one, "from"/"up to" when it gave one end. */
function hourlyRange(proposal: Proposal, t: TFunction, format: ReturnType<typeof useFormat>): string | null {
  const { hourlyMinCents: min, hourlyMaxCents: max } = proposal;
  if (min === null && max === null) return null;
  if (min !== null && max !== null) {
    return min === max
      ? t('client.rate', { rate: format.money(min) })
      : t('client.range', { min: format.money(min), max: format.money(max) });
  }
  return min !== null
    ? t('client.rateFrom', { rate: format.money(min) })
    : t('client.rateUpTo', { rate: format.money(max!) });
}

/** The proposal detail's rows for the job and client fields a paste keeps (null: not known, not shown). */
export function jobClientFacts(
  proposal: Proposal,
  t: TFunction,
  format: ReturnType<typeof useFormat>,
): [string, string | null][] {
  const count = (n: number | null) => (n === null ? null : format.number(n));
  return [
    [t('client.fields.hourlyRange'), hourlyRange(proposal, t, format)],
    [t('client.fields.budget'), proposal.fixedBudgetCents === null ? null : format.money(proposal.fixedBudgetCents)],
    [
      t('client.fields.experienceLevel'),
      proposal.experienceLevel && t(`client.experienceLevel.${proposal.experienceLevel}`),
    ],
    [t('client.fields.projectLength'), proposal.projectLength && t(`client.projectLength.${proposal.projectLength}`)],
    [t('client.fields.projectType'), proposal.projectType && t(`client.projectType.${proposal.projectType}`)],
    [t('client.fields.connectsRequired'), count(proposal.connectsRequired)],
    [t('client.fields.clientReviewCount'), count(proposal.clientReviewCount)],
    [t('client.fields.clientJobsPosted'), count(proposal.clientJobsPosted)],
    [t('client.fields.clientOpenJobs'), count(proposal.clientOpenJobs)],
    [t('client.fields.clientHires'), count(proposal.clientHires)],
    [t('client.fields.clientActiveHires'), count(proposal.clientActiveHires)],
    [
      t('client.fields.clientMemberSince'),
      proposal.clientMemberSince && format.calendarDate(proposal.clientMemberSince),
    ],
  ];
}
