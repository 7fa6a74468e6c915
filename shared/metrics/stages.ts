import type { ProposalStatus } from '../domain/proposal';

/**
 * How far along the funnel a status is: viewed < interviewing < offer < hired. The end states
 * (declined, withdrawn, ...) add nothing: a proposal declined after an interview keeps rank 2.
 * main/db/proposals.ts refreshStatus uses the same ranks in SQL (furthest_stage).
 */
export const STAGE_RANK: Record<ProposalStatus, number> = {
  sent: 0,
  viewed: 1,
  interviewing: 2,
  offer: 3,
  hired: 4,
  declined: 0,
  withdrawn: 0,
  no_response: 0,
  job_closed: 0,
};

/** Still waiting on the client or on the user: the weekly review asks to update these. */
export const OPEN_STATUSES: readonly ProposalStatus[] = ['sent', 'viewed', 'interviewing', 'offer'];
