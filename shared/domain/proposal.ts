// Domain vocabulary for proposals. Values here are stored in SQLite as text, so renaming one needs a migration.

/** Statuses a user records after sending; "sent" is written once, when the proposal is logged. */
export const OUTCOME_STATUSES = [
  'viewed',
  'interviewing',
  'offer',
  'hired',
  'declined',
  'withdrawn',
  'no_response',
  'job_closed',
] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const PROPOSAL_STATUSES = ['sent', ...OUTCOME_STATUSES] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const JOB_TYPES = ['hourly', 'fixed'] as const;
export type JobType = (typeof JOB_TYPES)[number];

export const PROPOSAL_SOURCES = ['search', 'best_match', 'most_recent', 'invite', 'other'] as const;
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];

/** Upwork shows clients' job posts with a band of how many proposals they already have. */
export const PROPOSALS_BANDS = ['lt5', '5to10', '10to15', '15to20', '20to50', '50plus'] as const;
export type ProposalsBand = (typeof PROPOSALS_BANDS)[number];

export const PROFILE_KINDS = ['general', 'specialized', 'agency'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export interface Profile {
  id: number;
  name: string;
  kind: ProfileKind;
  archived: boolean;
  createdAt: string;
  proposalCount: number;
}

/** Upwork's three experience levels ("Entry level", "Intermediate", "Expert"). */
export const EXPERIENCE_LEVELS = ['entry', 'intermediate', 'expert'] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

/** The duration a client picks ("Less than 1 month", "1 to 3 months", ...). */
export const PROJECT_LENGTHS = ['lt1week', 'lt1month', '1to3months', '3to6months', 'gt6months'] as const;
export type ProjectLength = (typeof PROJECT_LENGTHS)[number];

/** "Project Type: One-time project" / "Ongoing project" / "Complex project". */
export const PROJECT_TYPES = ['one_time', 'ongoing', 'complex'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

/**
 * What a pasted job post tells about the job and its client beyond the original fields
 * (migrations 12 and 14). Optional in ProposalFields so code that builds proposals without a paste
 * (imports, sample data) need not name them; a stored Proposal always has them.
 */
export interface JobClientFields {
  experienceLevel: ExperienceLevel | null;
  projectLength: ProjectLength | null;
  clientReviewCount: number | null;
  clientJobsPosted: number | null;
  clientOpenJobs: number | null;
  clientHires: number | null;
  /** A calendar date, "YYYY-MM-DD". */
  clientMemberSince: string | null;
  // Migration 14. The job's price as posted, beside the proposal's own bid: an hourly job's range
  // in US cents per hour (a single rate gives min = max), a fixed-price job's budget in US cents.
  hourlyMinCents: number | null;
  hourlyMaxCents: number | null;
  fixedBudgetCents: number | null;
  projectType: ProjectType | null;
  /** What the job asks ("Send a proposal for: 16 Connects"); connectsSpent is what was paid. */
  connectsRequired: number | null;
  clientActiveHires: number | null;
}

export const JOB_CLIENT_FIELDS = [
  'experienceLevel',
  'projectLength',
  'clientReviewCount',
  'clientJobsPosted',
  'clientOpenJobs',
  'clientHires',
  'clientMemberSince',
  'hourlyMinCents',
  'hourlyMaxCents',
  'fixedBudgetCents',
  'projectType',
  'connectsRequired',
  'clientActiveHires',
] as const satisfies readonly (keyof JobClientFields)[];

/** Everything the user can type about a proposal; the shape stored and returned. */
export interface ProposalFields extends Partial<JobClientFields> {
  sentAt: string;
  profileId: number;
  jobTitle: string;
  jobUrl: string | null;
  category: string | null;
  skills: string[];
  jobType: JobType | null;
  /** Hourly rate or fixed price, in US cents. */
  bidCents: number | null;
  connectsSpent: number;
  boostConnects: number;
  source: ProposalSource | null;
  clientCountry: string | null;
  clientPaymentVerified: boolean | null;
  /** Percent, 0 to 100, as Upwork shows it on the job post. */
  clientHireRate: number | null;
  clientTotalSpentCents: number | null;
  /** Stars, 0 to 5. */
  clientRating: number | null;
  proposalsBand: ProposalsBand | null;
  minutesAfterPosting: number | null;
  coverLetter: string | null;
  notes: string | null;
}

export interface Proposal extends Omit<ProposalFields, keyof JobClientFields>, JobClientFields {
  id: number;
  status: ProposalStatus;
  /** When the current status was reached. */
  statusAt: string;
  createdAt: string;
  updatedAt: string;
}

export interface ProposalEvent {
  id: number;
  proposalId: number;
  status: ProposalStatus;
  occurredAt: string;
  recordedAt: string;
  note: string | null;
}

export interface ProposalDetail extends Proposal {
  profileName: string;
  events: ProposalEvent[];
}

/** One row of the proposals list: only what the list shows. */
export interface ProposalListRow {
  id: number;
  sentAt: string;
  jobTitle: string;
  profileId: number;
  profileName: string;
  status: ProposalStatus;
  statusAt: string;
  jobType: JobType | null;
  bidCents: number | null;
  connectsSpent: number;
  boostConnects: number;
}

export interface ProposalPage {
  rows: ProposalListRow[];
  /** How many match; with totalCapped, at least this many (a search counts only so far). */
  total: number;
  totalCapped: boolean;
}

/** What the log form starts with: the values used last time. */
export interface ProposalDefaults {
  profileId: number | null;
  jobType: JobType | null;
  connectsSpent: number | null;
}

/** A deleted proposal, complete enough to put back exactly as it was (undo). */
export interface DeletedProposal {
  proposal: Proposal;
  events: ProposalEvent[];
  /** The contract of its hire: the delete cleared the contract's link, Undo puts it back. */
  contractId: number | null;
}

/** A proposal already logged for the same job (same Upwork job id, else the same link). */
export interface DuplicateProposal {
  id: number;
  jobTitle: string;
  sentAt: string;
}
