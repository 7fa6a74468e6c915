import type { ExperienceLevel, JobType, ProjectLength, ProjectType, ProposalsBand } from '../domain/proposal';
export {
  EXPERIENCE_LEVELS,
  PROJECT_LENGTHS,
  PROJECT_TYPES,
  type ExperienceLevel,
  type ProjectLength,
  type ProjectType,
} from '../domain/proposal';

// What a pasted Upwork job page can tell the log form. Every field is optional: absent means the
// paste did not show it (or showed it in a way that could be read more than one way), never a
// default. These are parser types for now; the ones the database keeps move to shared/domain
// when the form and the schema take them.

/**
 * When the job was posted, as Upwork's relative wording allows: the post went up at some instant
 * in [earliest, latest] (ISO UTC). "Posted 2 hours ago" is a window, not an instant; see posted.ts.
 */
export interface PostedWindow {
  earliest: string;
  latest: string;
}

export interface JobPostFields {
  jobTitle?: string;
  /** The job's canonical link, https://www.upwork.com/jobs/~<id>, whatever form was pasted. */
  jobUrl?: string;
  /** Upwork's job id as it appears in links, lower case with its tilde: "~01a2b3c4d5e6f7a8b9". */
  jobId?: string;
  jobType?: JobType;
  /** An hourly job's range in US cents per hour; a single rate gives min = max. */
  hourlyMinCents?: number;
  hourlyMaxCents?: number;
  /** A fixed-price job's budget in US cents. */
  fixedBudgetCents?: number;
  experienceLevel?: ExperienceLevel;
  projectLength?: ProjectLength;
  projectType?: ProjectType;
  /** In the page's order, one spelling each. */
  skills?: string[];
  proposalsBand?: ProposalsBand;
  /** "Send a proposal for: 16 Connects". */
  connectsRequired?: number;
  posted?: PostedWindow;
  clientPaymentVerified?: boolean;
  /** Stars, 0 to 5, as precise as the page shows them ("4.85 of 12 reviews" beats "Rating is 4.9"). */
  clientRating?: number;
  clientReviewCount?: number;
  /** As Upwork names it on the page ("United States", "AUS"). */
  clientCountry?: string;
  clientJobsPosted?: number;
  /** Percent, a whole number from 0 to 100. */
  clientHireRate?: number;
  clientOpenJobs?: number;
  /** US cents as the page rounds it: "$12K total spent" is 1,200,000. */
  clientTotalSpentCents?: number;
  clientHires?: number;
  clientActiveHires?: number;
  /** A calendar date, "YYYY-MM-DD". */
  clientMemberSince?: string;
}

export type JobPostField = keyof JobPostFields;

export interface JobPostParse {
  fields: JobPostFields;
  /** Fields the paste showed with two different values (both left blank rather than picking one). */
  ambiguous: JobPostField[];
}
