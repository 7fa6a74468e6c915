import type { z } from 'zod';
import type { ChannelParsed } from '@shared/contract';
import type { proposalFieldsSchema } from '@shared/contract/proposals';
import type { DeletedProposal, DuplicateProposal, ProposalDetail, ProposalFields } from '@shared/domain/proposal';
import { jobKey } from '@shared/job-post/job-key';
import { proposalsWithLinkContaining } from '../db/proposals/duplicates';
import { contractForProposal, relinkContract } from '../db/money/contracts';
import { firstActiveProfileId, profileBasics } from '../db/profiles/profiles';
import {
  deleteEvent,
  deleteProposal,
  eventsOf,
  getEvent,
  getProposal,
  insertEvent,
  insertProposal,
  lastUsedDefaults,
  listProposals,
  updateEvent,
  updateProposalFields,
} from '../db/proposals/proposals';
import { InputError, NotFoundError } from '../core/errors';
import type { DomainContext } from '../core/handler-context';
import { restoreProblems, statusProblems } from './restore-checks';

type ParsedFields = z.output<typeof proposalFieldsSchema>;

/** How far past "now" a sent time may be: another device's clock, or a minute typed a little ahead. */
export const CLOCK_SKEW_MS = 10 * 60_000;

/**
 * Proposals and their status history: the rules every write follows, whether it comes from the
 * form or from an imported sheet. Each function is one transaction.
 */
export function proposalService({ db, now }: DomainContext) {
  function requireProposal(id: number) {
    const proposal = getProposal(db, id);
    if (!proposal) throw new NotFoundError('Proposal', id);
    return proposal;
  }

  function detail(id: number): ProposalDetail {
    const proposal = requireProposal(id);
    return { ...proposal, profileName: profileBasics(db, proposal.profileId)?.name ?? '', events: eventsOf(db, id) };
  }

  /** Fills the defaults that depend on the database and checks what the schema cannot see. */
  function resolveFields(input: ParsedFields, current?: ProposalFields): ProposalFields {
    const profileId = input.profileId ?? current?.profileId ?? firstActiveProfileId(db);
    if (profileId === undefined) {
      throw InputError.field('profileId', 'validation.required', 'Create a profile first');
    }
    const profile = profileBasics(db, profileId);
    if (!profile) throw InputError.field('profileId', 'validation.unknownProfile', 'That profile does not exist');
    // An archived profile may keep its old proposals but takes no new ones.
    if (profile.archived && current?.profileId !== profileId) {
      throw InputError.field('profileId', 'validation.archivedProfile', 'That profile is archived');
    }
    const sentAt = input.sentAt ?? current?.sentAt ?? now().toISOString();
    // A proposal is logged once it is sent: a later date belongs to no dashboard week yet.
    if (Date.parse(sentAt) > now().getTime() + CLOCK_SKEW_MS) {
      throw InputError.field('sentAt', 'validation.futureDate', 'A proposal cannot be sent in the future');
    }
    return { ...input, profileId, sentAt };
  }

  function assertNotBeforeSent(path: string, proposalId: number, occurredAt: string) {
    const sentAt = requireProposal(proposalId).sentAt;
    if (occurredAt < sentAt) {
      throw InputError.field(path, 'validation.beforeSent', 'An outcome cannot come before the proposal was sent', {
        sentAt,
      });
    }
  }

  return {
    create: (input: ParsedFields) =>
      db.transaction(() => {
        const fields = resolveFields(input);
        const stamp = now().toISOString();
        const id = insertProposal(db, fields, stamp);
        insertEvent(db, { proposalId: id, status: 'sent', occurredAt: fields.sentAt, recordedAt: stamp, note: null });
        return requireProposal(id);
      })(),

    update: ({ id, fields: input }: ChannelParsed<'proposals:update'>) =>
      db.transaction(() => {
        const current = requireProposal(id);
        const fields = resolveFields(input, current);
        const earliestOutcome = eventsOf(db, id).find((e) => e.status !== 'sent');
        if (earliestOutcome && earliestOutcome.occurredAt < fields.sentAt) {
          throw InputError.field(
            'sentAt',
            'validation.sentAfterOutcome',
            'The proposal was sent before its first outcome',
            {
              outcomeAt: earliestOutcome.occurredAt,
            },
          );
        }
        updateProposalFields(db, id, fields, now().toISOString());
        return detail(id);
      })(),

    get: (id: number) => detail(id),

    list: (filter: ChannelParsed<'proposals:list'>) => listProposals(db, filter),

    defaults: () => lastUsedDefaults(db),

    /** Same job: the same Upwork job id in both links, else the same link once normalised. */
    duplicateOf: (jobUrl: string): DuplicateProposal | null => {
      const key = jobKey(jobUrl);
      if (!key) return null;
      const same = proposalsWithLinkContaining(db, key).find((p) => jobKey(p.jobUrl) === key);
      return same ? { id: same.id, jobTitle: same.jobTitle, sentAt: same.sentAt } : null;
    },

    remove: (id: number): DeletedProposal =>
      db.transaction(() => {
        const snapshot = {
          proposal: requireProposal(id),
          events: eventsOf(db, id),
          contractId: contractForProposal(db, id)?.id ?? null,
        };
        deleteProposal(db, id);
        return snapshot;
      })(),

    restore: (snapshot: ChannelParsed<'proposals:restore'>) =>
      db.transaction(() => {
        const problems = restoreProblems(db, snapshot);
        if (problems.length > 0) throw new InputError(problems);
        const { proposal, events } = snapshot;
        insertProposal(db, proposal, proposal.createdAt, { id: proposal.id, updatedAt: proposal.updatedAt });
        for (const event of events) insertEvent(db, event);
        // Like a contract's Undo relinking its transactions: only if nothing else claimed it meanwhile.
        if (snapshot.contractId !== null) relinkContract(db, snapshot.contractId, proposal.id);
        const restored = requireProposal(proposal.id);
        const drift = statusProblems(proposal, restored);
        if (drift.length > 0) throw new InputError(drift); // Rolls the inserts back.
        return restored;
      })(),

    setStatus: ({ id, status, occurredAt, note }: ChannelParsed<'proposals:setStatus'>) =>
      db.transaction(() => {
        const stamp = now().toISOString();
        const at = occurredAt ?? stamp;
        assertNotBeforeSent('occurredAt', id, at);
        insertEvent(db, { proposalId: id, status, occurredAt: at, recordedAt: stamp, note });
        return detail(id);
      })(),

    updateEvent: ({ eventId, occurredAt, note }: ChannelParsed<'proposals:updateEvent'>) =>
      db.transaction(() => {
        const event = getEvent(db, eventId);
        if (!event) throw new NotFoundError('Status change', eventId);
        if (event.status === 'sent') {
          throw InputError.field(
            'occurredAt',
            'validation.editSentAtOnProposal',
            'Change when it was sent by editing the proposal',
          );
        }
        assertNotBeforeSent('occurredAt', event.proposalId, occurredAt);
        updateEvent(db, eventId, occurredAt, note);
        return detail(event.proposalId);
      })(),

    deleteEvent: (eventId: number) =>
      db.transaction(() => {
        const event = getEvent(db, eventId);
        if (!event) throw new NotFoundError('Status change', eventId);
        if (event.status === 'sent') {
          throw InputError.field(
            'eventId',
            'validation.cannotDeleteSent',
            'The sent entry belongs to the proposal; delete the proposal instead',
          );
        }
        deleteEvent(db, eventId);
        return detail(event.proposalId);
      })(),
  };
}
