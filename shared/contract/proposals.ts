import { z } from 'zod';
import { isLocalDate } from '../metrics/weeks';
import {
  EXPERIENCE_LEVELS,
  JOB_TYPES,
  PROJECT_LENGTHS,
  PROJECT_TYPES,
  OUTCOME_STATUSES,
  PROPOSAL_SOURCES,
  PROPOSAL_STATUSES,
  PROPOSALS_BANDS,
  type DeletedProposal,
  type DuplicateProposal,
  type Proposal,
  type ProposalDefaults,
  type ProposalDetail,
  type ProposalPage,
} from '../domain/proposal';
import { channel } from './define';
import {
  httpUrl,
  id,
  inAcceptedYears,
  instant,
  MAX_CENTS,
  optionalInt,
  optionalText,
  page,
  requiredText,
} from './fields';

/** "Member since": a calendar date, blank for none. */
const memberSince = z
  .string()
  .trim()
  .transform((s) => s || null)
  .pipe(
    z.string().refine(isLocalDate, 'validation.date').refine(inAcceptedYears, 'validation.dateOutOfRange').nullable(),
  )
  .nullable()
  .default(null);

const skills = z
  .array(z.string().trim().min(1).max(60))
  .max(50)
  .default([])
  // One spelling per skill, first one wins: "React" and "react" are the same tag.
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((skill) => {
      const key = skill.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

export const proposalFieldsSchema = z
  .strictObject({
    /** Defaults to now in the handler. */
    sentAt: instant.optional(),
    /** Defaults to the first active profile in the handler. */
    profileId: id.optional(),
    jobTitle: requiredText(300),
    jobUrl: httpUrl,
    category: optionalText(100),
    skills,
    jobType: z.enum(JOB_TYPES).nullable().default(null),
    bidCents: optionalInt(0, MAX_CENTS),
    connectsSpent: z.number().int('validation.wholeNumber').min(0).max(500).default(0),
    boostConnects: z.number().int('validation.wholeNumber').min(0).max(500).default(0),
    source: z.enum(PROPOSAL_SOURCES).nullable().default(null),
    clientCountry: optionalText(60),
    clientPaymentVerified: z.boolean().nullable().default(null),
    clientHireRate: optionalInt(0, 100),
    clientTotalSpentCents: optionalInt(0, 100 * MAX_CENTS),
    clientRating: z.number().min(0).max(5).nullable().default(null),
    proposalsBand: z.enum(PROPOSALS_BANDS).nullable().default(null),
    minutesAfterPosting: optionalInt(0, 525_600),
    coverLetter: optionalText(20_000),
    notes: optionalText(20_000),
    // Read from a pasted job post (migration 12); blank for a proposal typed by hand.
    experienceLevel: z.enum(EXPERIENCE_LEVELS).nullable().default(null),
    projectLength: z.enum(PROJECT_LENGTHS).nullable().default(null),
    clientReviewCount: optionalInt(0, 1_000_000),
    clientJobsPosted: optionalInt(0, 1_000_000),
    clientOpenJobs: optionalInt(0, 1_000_000),
    clientHires: optionalInt(0, 1_000_000),
    clientMemberSince: memberSince,
    // Migration 14: the job's price as posted, its project type, the Connects it asks, the client's active hires.
    hourlyMinCents: optionalInt(0, MAX_CENTS),
    hourlyMaxCents: optionalInt(0, MAX_CENTS),
    fixedBudgetCents: optionalInt(0, MAX_CENTS),
    projectType: z.enum(PROJECT_TYPES).nullable().default(null),
    connectsRequired: optionalInt(0, 500),
    clientActiveHires: optionalInt(0, 1_000_000),
  })
  // An hourly range reads low to high; the field to fix is its top.
  .superRefine(({ hourlyMinCents: min, hourlyMaxCents: max }, ctx) => {
    if (min !== null && max !== null && max < min) {
      ctx.addIssue({ code: 'custom', message: 'validation.rangeOrder', path: ['hourlyMaxCents'] });
    }
  });
export type ProposalFieldsInput = z.input<typeof proposalFieldsSchema>;

const eventNote = optionalText(1000);

const storedEvent = z.strictObject({
  id,
  proposalId: id,
  status: z.enum(PROPOSAL_STATUSES),
  occurredAt: instant,
  recordedAt: instant,
  note: eventNote,
});

export const proposalChannels = {
  'proposals:create': channel<Proposal>()(proposalFieldsSchema),
  'proposals:update': channel<ProposalDetail>()(z.strictObject({ id, fields: proposalFieldsSchema })),
  'proposals:get': channel<ProposalDetail>()(z.strictObject({ id })),
  'proposals:list': channel<ProposalPage>()(
    z.strictObject({
      search: z.string().trim().max(200).default(''),
      status: z.enum(PROPOSAL_STATUSES).nullable().default(null),
      profileId: id.nullable().default(null),
      ...page,
    }),
  ),
  'proposals:defaults': channel<ProposalDefaults>()(z.undefined()),
  /** The latest proposal already logged for the job this link names, if any (the log form warns). */
  'proposals:duplicateOf': channel<DuplicateProposal | null>()(z.strictObject({ jobUrl: z.string().max(2048) })),
  'proposals:delete': channel<DeletedProposal>()(z.strictObject({ id })),
  /** Undo of a delete: puts the proposal and its history back with the same ids. */
  'proposals:restore': channel<Proposal>()(
    z.strictObject({
      proposal: proposalFieldsSchema.safeExtend({
        id,
        sentAt: instant,
        profileId: id,
        status: z.enum(PROPOSAL_STATUSES),
        statusAt: instant,
        createdAt: instant,
        updatedAt: instant,
      }),
      events: z.array(storedEvent).min(1).max(1000),
      contractId: id.nullable().default(null),
    }),
  ),
  'proposals:setStatus': channel<ProposalDetail>()(
    z.strictObject({
      id,
      status: z.enum(OUTCOME_STATUSES),
      /** Defaults to now; set when the outcome is entered late. */
      occurredAt: instant.optional(),
      note: eventNote,
    }),
  ),
  'proposals:updateEvent': channel<ProposalDetail>()(
    z.strictObject({ eventId: id, occurredAt: instant, note: eventNote }),
  ),
  'proposals:deleteEvent': channel<ProposalDetail>()(z.strictObject({ eventId: id })),
};
