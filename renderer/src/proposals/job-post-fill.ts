import type { JobPostFields } from '@shared/job-post/fields';
import { minutesAfterPosting } from '@shared/job-post/posted';
import type { FormField, ProposalFormValues } from './proposal-form-model';

/** What a paste did to the form: the new values, and which fields it filled (marked in the form). */
export interface PasteFill {
  values: ProposalFormValues;
  filled: FormField[];
}

const dollars = (cents: number) => (cents / 100).toString();
const text = (n: number | undefined) => (n === undefined ? undefined : String(n));

/**
 * The form's fields a pasted job post fills. Only what the parser read is written (a field it
 * could not read keeps what the form had); the proposal's own choices (bid, profile, source, the
 * letter) are never taken from the post. `sentAt` (ISO) is when the proposal goes out: "now"
 * unless the user set it, for "minutes after posting".
 */
export function fillFromJobPost(values: ProposalFormValues, post: JobPostFields, sentAt: string): PasteFill {
  const fills: Partial<Record<FormField, string>> = {
    jobTitle: post.jobTitle,
    jobUrl: post.jobUrl,
    jobType: post.jobType,
    connectsSpent: post.connectsRequired === undefined ? undefined : String(post.connectsRequired),
    skills: post.skills?.join(', '),
    proposalsBand: post.proposalsBand,
    clientCountry: post.clientCountry,
    clientPaymentVerified:
      post.clientPaymentVerified === undefined ? undefined : post.clientPaymentVerified ? 'yes' : 'no',
    clientHireRate: post.clientHireRate === undefined ? undefined : String(post.clientHireRate),
    clientTotalSpent: post.clientTotalSpentCents === undefined ? undefined : dollars(post.clientTotalSpentCents),
    clientRating: post.clientRating === undefined ? undefined : String(post.clientRating),
    experienceLevel: post.experienceLevel,
    projectLength: post.projectLength,
    clientReviewCount: text(post.clientReviewCount),
    clientJobsPosted: text(post.clientJobsPosted),
    clientOpenJobs: text(post.clientOpenJobs),
    clientHires: text(post.clientHires),
    clientMemberSince: post.clientMemberSince,
    hourlyMin: post.hourlyMinCents === undefined ? undefined : dollars(post.hourlyMinCents),
    hourlyMax: post.hourlyMaxCents === undefined ? undefined : dollars(post.hourlyMaxCents),
    fixedBudget: post.fixedBudgetCents === undefined ? undefined : dollars(post.fixedBudgetCents),
    projectType: post.projectType,
    // Also kept apart from Connects spent: the job's price in Connects, whatever was paid (boosts are apart too).
    connectsRequired: text(post.connectsRequired),
    clientActiveHires: text(post.clientActiveHires),
    // Left blank when the post's "2 hours ago" could put the proposal in either of two speed bands.
    minutesAfterPosting: post.posted
      ? (minutesAfterPosting(post.posted, sentAt).fill?.toString() ?? undefined)
      : undefined,
  };
  const next = { ...values };
  const filled: FormField[] = [];
  for (const [field, text] of Object.entries(fills) as [FormField, string | undefined][]) {
    if (text === undefined) continue;
    next[field] = text;
    filled.push(field);
  }
  return { values: next, filled };
}

/** Marks that still hold: a field the user changed after the paste is theirs again. */
export function marksStillTrue(filled: readonly FormField[], before: ProposalFormValues, after: ProposalFormValues) {
  return filled.filter((field) => before[field] === after[field]);
}
