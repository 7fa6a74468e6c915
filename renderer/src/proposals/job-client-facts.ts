import type { TFunction } from 'i18next';
import type { Proposal } from '@shared/domain/proposal';
import type { useFormat } from '../hooks/use-format';

/** "YYYY-MM-DD" as a date in the UI language, with no zone shift (a calendar date is no instant). */
function calendarDate(localDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${localDate}T00:00:00Z`),
  );
}

/** The proposal detail's rows for the job and client fields a paste keeps (null: not known, not shown). */
export function jobClientFacts(
  proposal: Proposal,
  t: TFunction,
  format: ReturnType<typeof useFormat>,
  locale: string,
): [string, string | null][] {
  const count = (n: number | null) => (n === null ? null : format.number(n));
  return [
    [
      t('client.fields.experienceLevel'),
      proposal.experienceLevel && t(`client.experienceLevel.${proposal.experienceLevel}`),
    ],
    [t('client.fields.projectLength'), proposal.projectLength && t(`client.projectLength.${proposal.projectLength}`)],
    [t('client.fields.clientReviewCount'), count(proposal.clientReviewCount)],
    [t('client.fields.clientJobsPosted'), count(proposal.clientJobsPosted)],
    [t('client.fields.clientOpenJobs'), count(proposal.clientOpenJobs)],
    [t('client.fields.clientHires'), count(proposal.clientHires)],
    [
      t('client.fields.clientMemberSince'),
      proposal.clientMemberSince && calendarDate(proposal.clientMemberSince, locale),
    ],
  ];
}
