import type { Database } from 'better-sqlite3';
import { isDeepStrictEqual } from 'node:util';
import { fieldError, type FieldError } from '@shared/contract/result';
import type { DeletedProposal, Proposal } from '@shared/domain/proposal';
import { profileBasics } from '../db/profiles/profiles';
import { getEvent, getProposal } from '../db/proposals/proposals';

// Undo of a delete puts a proposal back exactly as it was, ids included, or not at all. SQLite
// reuses the highest freed id, so a proposal or status change added after the delete can hold an
// id the snapshot needs: that is a refusal with a reason, never a half-restored proposal.

/** Why this snapshot cannot be put back as it is; empty when it can. */
export function restoreProblems(db: Database, { proposal, events }: DeletedProposal): FieldError[] {
  const existing = getProposal(db, proposal.id);
  // Its entries are then taken too, by itself or by the newcomer: one reason is enough.
  if (existing) {
    return [
      isDeepStrictEqual(existing, proposal)
        ? fieldError('proposal.id', 'validation.alreadyExists', 'This proposal is already there')
        : fieldError('proposal.id', 'validation.restoreConflict', 'A proposal added since has taken its id'),
    ];
  }
  const problems: FieldError[] = [];
  if (!profileBasics(db, proposal.profileId)) {
    problems.push(fieldError('proposal.profileId', 'validation.unknownProfile', 'That profile does not exist'));
  }
  const seen = new Set<number>();
  events.forEach((event, i) => {
    if (event.proposalId !== proposal.id) {
      problems.push(
        fieldError(`events.${i}.proposalId`, 'validation.otherProposal', 'This entry belongs to another proposal'),
      );
    }
    if (seen.has(event.id)) {
      problems.push(fieldError(`events.${i}.id`, 'validation.duplicate', 'This entry is listed twice'));
    } else if (getEvent(db, event.id)) {
      problems.push(
        fieldError(`events.${i}.id`, 'validation.restoreConflict', 'A status change added since has taken its id'),
      );
    }
    seen.add(event.id);
    if (event.status !== 'sent' && event.occurredAt < proposal.sentAt) {
      problems.push(
        fieldError(
          `events.${i}.occurredAt`,
          'validation.beforeSent',
          'An outcome cannot come before the proposal was sent',
          { sentAt: proposal.sentAt },
        ),
      );
    }
  });
  // Every proposal has exactly one "sent" entry, at its sentAt (editing sentAt moves it).
  const sent = events.filter((e) => e.status === 'sent');
  if (sent.length !== 1 || sent[0]!.occurredAt !== proposal.sentAt) {
    problems.push(
      fieldError('events', 'validation.oneSentEvent', 'The history needs one "sent" entry, at the time it was sent'),
    );
  }
  return problems;
}

/** The status is derived from the history: a snapshot that says otherwise is not of this history. */
export function statusProblems(snapshot: Proposal, restored: Proposal): FieldError[] {
  return (['status', 'statusAt'] as const)
    .filter((key) => snapshot[key] !== restored[key])
    .map((key) =>
      fieldError(`proposal.${key}`, 'validation.notInHistory', `Its history gives ${key} ${restored[key]}`),
    );
}
