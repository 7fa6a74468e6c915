import type {
  ExperienceLevel,
  JobType,
  ProjectLength,
  ProjectType,
  Proposal,
  ProposalEvent,
  ProposalFields,
  ProposalSource,
  ProposalStatus,
  ProposalsBand,
} from '@shared/domain/proposal';

// Mapping between SQLite rows (snake_case, 0/1 booleans) and domain objects.

export interface ProposalRow {
  id: number;
  profile_id: number;
  sent_at: string;
  job_title: string;
  job_url: string | null;
  category: string | null;
  job_type: JobType | null;
  bid_cents: number | null;
  connects_spent: number;
  boost_connects: number;
  source: ProposalSource | null;
  client_country: string | null;
  client_payment_verified: 0 | 1 | null;
  client_hire_rate: number | null;
  client_total_spent_cents: number | null;
  client_rating: number | null;
  proposals_band: ProposalsBand | null;
  minutes_after_posting: number | null;
  cover_letter: string | null;
  notes: string | null;
  experience_level: ExperienceLevel | null;
  project_length: ProjectLength | null;
  client_review_count: number | null;
  client_jobs_posted: number | null;
  client_open_jobs: number | null;
  client_hires: number | null;
  client_member_since: string | null;
  hourly_min_cents: number | null;
  hourly_max_cents: number | null;
  fixed_budget_cents: number | null;
  project_type: ProjectType | null;
  connects_required: number | null;
  client_active_hires: number | null;
  status: ProposalStatus;
  status_at: string;
  created_at: string;
  updated_at: string;
}

export interface EventRow {
  id: number;
  proposal_id: number;
  status: ProposalStatus;
  occurred_at: string;
  recorded_at: string;
  note: string | null;
}

/** Column values for INSERT/UPDATE, named to match `@param` placeholders. */
export function fieldsToParams(fields: ProposalFields) {
  return {
    profile_id: fields.profileId,
    sent_at: fields.sentAt,
    job_title: fields.jobTitle,
    job_url: fields.jobUrl,
    category: fields.category,
    job_type: fields.jobType,
    bid_cents: fields.bidCents,
    connects_spent: fields.connectsSpent,
    boost_connects: fields.boostConnects,
    source: fields.source,
    client_country: fields.clientCountry,
    client_payment_verified: fields.clientPaymentVerified === null ? null : fields.clientPaymentVerified ? 1 : 0,
    client_hire_rate: fields.clientHireRate,
    client_total_spent_cents: fields.clientTotalSpentCents,
    client_rating: fields.clientRating,
    proposals_band: fields.proposalsBand,
    minutes_after_posting: fields.minutesAfterPosting,
    cover_letter: fields.coverLetter,
    notes: fields.notes,
    experience_level: fields.experienceLevel ?? null,
    project_length: fields.projectLength ?? null,
    client_review_count: fields.clientReviewCount ?? null,
    client_jobs_posted: fields.clientJobsPosted ?? null,
    client_open_jobs: fields.clientOpenJobs ?? null,
    client_hires: fields.clientHires ?? null,
    client_member_since: fields.clientMemberSince ?? null,
    hourly_min_cents: fields.hourlyMinCents ?? null,
    hourly_max_cents: fields.hourlyMaxCents ?? null,
    fixed_budget_cents: fields.fixedBudgetCents ?? null,
    project_type: fields.projectType ?? null,
    connects_required: fields.connectsRequired ?? null,
    client_active_hires: fields.clientActiveHires ?? null,
  };
}

export const FIELD_COLUMNS = Object.keys(fieldsToParams({} as ProposalFields));

export function rowToProposal(row: ProposalRow, skills: string[]): Proposal {
  return {
    id: row.id,
    profileId: row.profile_id,
    sentAt: row.sent_at,
    jobTitle: row.job_title,
    jobUrl: row.job_url,
    category: row.category,
    skills,
    jobType: row.job_type,
    bidCents: row.bid_cents,
    connectsSpent: row.connects_spent,
    boostConnects: row.boost_connects,
    source: row.source,
    clientCountry: row.client_country,
    clientPaymentVerified: row.client_payment_verified === null ? null : row.client_payment_verified === 1,
    clientHireRate: row.client_hire_rate,
    clientTotalSpentCents: row.client_total_spent_cents,
    clientRating: row.client_rating,
    proposalsBand: row.proposals_band,
    minutesAfterPosting: row.minutes_after_posting,
    coverLetter: row.cover_letter,
    notes: row.notes,
    experienceLevel: row.experience_level,
    projectLength: row.project_length,
    clientReviewCount: row.client_review_count,
    clientJobsPosted: row.client_jobs_posted,
    clientOpenJobs: row.client_open_jobs,
    clientHires: row.client_hires,
    clientMemberSince: row.client_member_since,
    hourlyMinCents: row.hourly_min_cents,
    hourlyMaxCents: row.hourly_max_cents,
    fixedBudgetCents: row.fixed_budget_cents,
    projectType: row.project_type,
    connectsRequired: row.connects_required,
    clientActiveHires: row.client_active_hires,
    status: row.status,
    statusAt: row.status_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function rowToEvent(row: EventRow): ProposalEvent {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    status: row.status,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    note: row.note,
  };
}
