import fc from 'fast-check';
import { z } from 'zod';
import { settingsPatchSchema } from '@shared/contract/settings';
import { CHECKLIST_ITEMS } from '@shared/domain/health';
import {
  JOB_TYPES,
  OUTCOME_STATUSES,
  PROFILE_KINDS,
  PROPOSAL_SOURCES,
  PROPOSAL_STATUSES,
  PROPOSALS_BANDS,
} from '@shared/domain/proposal';
import { idOf, instantNear, intAround, localDateNear, maybe, oneOf, textUpTo } from './values';
import type { Known } from './world';

// Near-valid inputs for the proposal, profile, health, dashboard, settings and data channels.

const MAX_CENTS = 100_000_000;

export function proposalFields(k: Known) {
  return fc.record(
    {
      sentAt: instantNear(k.sentAts),
      profileId: idOf(k.profileIds),
      jobTitle: textUpTo(300),
      jobUrl: maybe(
        fc.oneof(
          { weight: 6, arbitrary: fc.webUrl() },
          textUpTo(2048),
          fc.constantFrom('javascript:alert(1)', 'https://', 'file:///etc/passwd', ' https://www.upwork.com/jobs/~01 '),
        ),
      ),
      category: maybe(textUpTo(100)),
      skills: fc.oneof(
        { weight: 6, arbitrary: fc.array(textUpTo(60), { maxLength: 6 }) },
        fc.constantFrom(
          ['React', 'react', ' REACT '],
          Array.from({ length: 51 }, (_, i) => `s${i}`),
        ),
      ),
      jobType: maybe(oneOf(JOB_TYPES)),
      bidCents: maybe(intAround(0, MAX_CENTS)),
      connectsSpent: intAround(0, 500),
      boostConnects: intAround(0, 500),
      source: maybe(oneOf(PROPOSAL_SOURCES)),
      clientCountry: maybe(textUpTo(60)),
      clientPaymentVerified: maybe(fc.boolean()),
      clientHireRate: maybe(intAround(0, 100)),
      clientTotalSpentCents: maybe(intAround(0, 100 * MAX_CENTS)),
      clientRating: maybe(fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), intAround(0, 5))),
      proposalsBand: maybe(oneOf(PROPOSALS_BANDS)),
      minutesAfterPosting: maybe(intAround(0, 525_600)),
      coverLetter: maybe(textUpTo(20_000)),
      notes: maybe(textUpTo(20_000)),
    },
    { requiredKeys: ['jobTitle'] },
  );
}

/** Undo of a delete: the real snapshot, its ids kept, taken by other rows, repeated or fresh. */
function proposalRestore(k: Known) {
  const { proposal, events, contractId } = k.deletedProposal;
  const eventId = fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    idOf(k.eventIds),
    fc.integer({ min: 100, max: 120 }),
  );
  return fc
    .record({
      id: fc.oneof(
        { weight: 3, arbitrary: fc.constant(proposal.id) },
        idOf(k.proposalIds),
        fc.integer({ min: 100, max: 120 }),
      ),
      profileId: fc.oneof({ weight: 3, arbitrary: fc.constant(proposal.profileId) }, idOf(k.profileIds)),
      eventIds: fc.array(eventId, { minLength: events.length, maxLength: events.length }),
      eventOwner: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, idOf(k.proposalIds)),
      statusAt: fc.oneof({ weight: 3, arbitrary: fc.constant(proposal.statusAt) }, instantNear(k.sentAts)),
      contractId: fc.oneof({ weight: 3, arbitrary: fc.constant(contractId) }, idOf(k.contractIds)),
      extraEvent: fc.option(
        fc.record({ status: oneOf(PROPOSAL_STATUSES), occurredAt: instantNear([proposal.sentAt]) }),
        { freq: 3 },
      ),
    })
    .map(({ id, profileId, eventIds, eventOwner, statusAt, contractId: contract, extraEvent }) => {
      const restored = events.map((e, i) => ({ ...e, id: eventIds[i] ?? e.id, proposalId: eventOwner ?? id }));
      const extra = extraEvent && { ...events[0]!, ...extraEvent, id: eventIds[0] ?? 110, proposalId: id };
      return {
        proposal: { ...proposal, id, profileId, statusAt },
        events: extra ? [...restored, extra] : restored,
        contractId: contract,
      };
    });
}

/** The settings patch, derived from its schema: every key, within and just past its bounds. */
function settingsPatch() {
  const shape = settingsPatchSchema.shape;
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, optional]) => {
      const inner = optional.unwrap();
      if (inner instanceof z.ZodNumber) return [key, intAround(inner.minValue ?? 0, inner.maxValue ?? 1000)];
      if (inner instanceof z.ZodEnum) return [key, oneOf(inner.options as string[])];
      if (inner instanceof z.ZodBoolean) return [key, fc.boolean()];
      // The time zone: one Intl knows, the computer's (""), or a made-up one.
      return [key, fc.constantFrom('', 'Asia/Manila', 'UTC', 'Europe/Berlin', 'Mars/Olympus', 'Etc/GMT+14', ' UTC ')];
    }),
  ) as Record<string, fc.Arbitrary<unknown>>;
  // A few keys at a time, as the Settings screen saves them: all at once nearly always conflict.
  return fc
    .uniqueArray(fc.constantFrom(...Object.keys(fields)), { minLength: 1, maxLength: 3 })
    .chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, fields[key]!]))));
}

export function proposalChannelInputs(k: Known) {
  const proposalId = idOf(k.proposalIds);
  const eventId = idOf(k.eventIds);
  const week = localDateNear([...k.sentAts, '2026-11-20T10:00:00.000Z']);
  return {
    'proposals:create': proposalFields(k),
    'proposals:update': fc.record({ id: proposalId, fields: proposalFields(k) }),
    'proposals:get': fc.record({ id: proposalId }),
    'proposals:list': fc.record(
      {
        search: textUpTo(200),
        status: maybe(oneOf(PROPOSAL_STATUSES)),
        profileId: maybe(idOf(k.profileIds)),
        offset: intAround(0, 10),
        limit: intAround(1, 500),
      },
      { requiredKeys: [] },
    ),
    'proposals:defaults': fc.constant(undefined),
    'proposals:duplicateOf': fc.record({ jobUrl: textUpTo(2100) }),
    'proposals:delete': fc.record({ id: proposalId }),
    'proposals:restore': proposalRestore(k),
    'proposals:setStatus': fc.record(
      {
        id: proposalId,
        status: oneOf(OUTCOME_STATUSES),
        occurredAt: instantNear(k.sentAts),
        note: maybe(textUpTo(1000)),
      },
      { requiredKeys: ['id', 'status'] },
    ),
    'proposals:updateEvent': fc.record(
      { eventId, occurredAt: instantNear(k.sentAts), note: maybe(textUpTo(1000)) },
      { requiredKeys: ['eventId', 'occurredAt'] },
    ),
    'proposals:deleteEvent': fc.record({ eventId }),

    'profiles:list': fc.constant(undefined),
    'profiles:create': fc.record(
      {
        name: fc.oneof(
          textUpTo(80),
          fc.constantFrom(...k.profileNames).map((n) => ` ${n.toUpperCase()} `),
        ),
        kind: oneOf(PROFILE_KINDS),
      },
      { requiredKeys: ['name'] },
    ),
    'profiles:rename': fc.record({
      id: idOf(k.profileIds),
      name: fc.oneof(textUpTo(80), fc.constantFrom(...k.profileNames)),
    }),
    'profiles:setArchived': fc.record({ id: idOf(k.profileIds), archived: fc.boolean() }),

    'health:status': fc.constant(undefined),
    'health:report': fc.constant(undefined),
    'health:addJss': fc.record({ recordedOn: localDateNear(['2026-11-20T10:00:00.000Z']), score: intAround(0, 100) }),
    'health:deleteJss': fc.record({ id: idOf(k.jssIds) }),
    'health:setChecklistItem': fc.record({ item: oneOf(CHECKLIST_ITEMS), done: fc.boolean() }),
    'health:stale': fc.constant(undefined),
    'health:markStale': fc.record({ ids: fc.array(proposalId, { minLength: 0, maxLength: 5 }) }),
    'health:unmarkStale': fc.record({ eventIds: fc.array(eventId, { minLength: 0, maxLength: 5 }) }),

    'dashboard:get': fc.record(
      { week, trailing: fc.oneof(fc.constantFrom(4, 8, 12), intAround(0, 13)) },
      { requiredKeys: [] },
    ),
    'dashboard:week': fc.record({ week }),
    'review:savePdf': fc.record({ week }),
    'insights:get': fc.record(
      { months: fc.oneof(fc.constantFrom(0, 3, 6, 12), intAround(-1, 13)) },
      { requiredKeys: [] },
    ),

    'settings:get': fc.constant(undefined),
    'settings:update': settingsPatch(),
    'targets:week': fc.constant(undefined),

    'data:current': fc.constant(undefined),
    'data:about': fc.constant(undefined),
    'data:use': fc.record({ kind: oneOf(['own', 'sample'] as const) }),
  };
}
