import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeletedProposal, Proposal, ProposalDetail } from '@shared/domain/proposal';
import { snapshot } from '../support/db-snapshot';
import { fieldsOf, value } from '../support/results';
import { testApp } from '../support/temp-db';

// Undo of a delete: the proposal comes back exactly as it was, or the call is refused with a
// reason beside the field and the database keeps every row it had.

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.cleanup());

const create = (input: Record<string, unknown>) => value<Proposal>(app.invoke('proposals:create', input));
const remove = (id: number) => value<DeletedProposal>(app.invoke('proposals:delete', { id }));
/** The snapshot as the renderer sends it back: through IPC, so plain JSON. */
const restore = (snapshot: DeletedProposal) => app.invoke('proposals:restore', JSON.parse(JSON.stringify(snapshot)));

/** A hand-made snapshot of proposal 99 whose history is one "sent" entry with the given event id. */
function craftedSnapshot(eventId: number): DeletedProposal {
  const at = '2026-11-18T09:00:00.000Z';
  const template = create({ jobTitle: 'template', sentAt: at });
  remove(template.id);
  return {
    proposal: { ...template, id: 99 },
    events: [{ id: eventId, proposalId: 99, status: 'sent', occurredAt: at, recordedAt: at, note: null }],
    contractId: null,
  };
}

describe('proposals:restore', () => {
  it('puts back an edited proposal with its history, skills and last-edited time unchanged', () => {
    const p = create({ jobTitle: 'keep me', skills: ['Go'], sentAt: '2026-11-10T09:00:00Z' });
    app.setNow('2026-11-21T08:00:00.000Z');
    value(app.invoke('proposals:update', { id: p.id, fields: { jobTitle: 'kept', skills: ['Go', 'SQL'] } }));
    value(app.invoke('proposals:setStatus', { id: p.id, status: 'viewed', occurredAt: '2026-11-12T09:00:00Z' }));
    const before = snapshot(app.db, { withoutGlobalIds: true });
    value(restore(remove(p.id)));
    expect(snapshot(app.db, { withoutGlobalIds: true })).toEqual(before);
  });

  it('links the contract of its hire back to it', () => {
    const p = create({ jobTitle: 'hired', sentAt: '2026-11-10T09:00:00Z' });
    value(app.invoke('proposals:setStatus', { id: p.id, status: 'hired', occurredAt: '2026-11-12T09:00:00Z' }));
    const contract = value<{ id: number }>(
      app.invoke('contracts:create', {
        proposalId: p.id,
        clientName: 'Acme',
        title: 'Shop',
        contractType: 'fixed',
        startedAt: '2026-11-13T09:00:00Z',
      }),
    );
    const before = snapshot(app.db, { withoutGlobalIds: true });
    const deleted = remove(p.id);
    expect(deleted.contractId).toBe(contract.id);
    expect(app.db.prepare('SELECT proposal_id FROM contracts').get()).toEqual({ proposal_id: null });
    value(restore(deleted));
    expect(snapshot(app.db, { withoutGlobalIds: true })).toEqual(before);
  });

  it('refuses a history entry whose id another proposal uses now, and keeps that proposal whole', () => {
    const kept = create({ jobTitle: 'kept', sentAt: '2026-11-10T09:00:00Z' });
    const crafted = craftedSnapshot(1);
    const before = snapshot(app.db);
    const result = restore(crafted);
    expect(fieldsOf(result)).toEqual(['events.0.id:validation.restoreConflict']);
    expect(result).toMatchObject({ ok: false, error: { key: 'errors.invalidInput' } });
    expect(snapshot(app.db)).toEqual(before);
    expect(value<ProposalDetail>(app.invoke('proposals:get', { id: kept.id })).events.map((e) => e.id)).toEqual([1]);
  });

  it('refuses an undo once a newer status change has taken the id of a deleted one', () => {
    const a = create({ jobTitle: 'a', sentAt: '2026-11-10T09:00:00Z' });
    const b = create({ jobTitle: 'b', sentAt: '2026-11-11T09:00:00Z' });
    value(app.invoke('proposals:setStatus', { id: a.id, status: 'viewed', occurredAt: '2026-11-12T09:00:00Z' }));
    const deleted = remove(a.id);
    // SQLite hands the freed highest id to the next row: b's new entry takes a's "viewed" id.
    const taken = value<ProposalDetail>(app.invoke('proposals:setStatus', { id: b.id, status: 'declined' }));
    expect(taken.events.at(-1)!.id).toBe(deleted.events.at(-1)!.id);
    const before = snapshot(app.db);
    expect(fieldsOf(restore(deleted))).toEqual(['events.1.id:validation.restoreConflict']);
    expect(snapshot(app.db)).toEqual(before);
  });

  it('tells a proposal already put back from one whose id was reused', () => {
    const p = create({ jobTitle: 'p' });
    const deleted = remove(p.id);
    value(restore(deleted));
    expect(fieldsOf(restore(deleted))).toEqual(['proposal.id:validation.alreadyExists']);
    remove(p.id);
    app.setNow('2026-11-20T11:00:00.000Z');
    expect(create({ jobTitle: 'newer, same id' }).id).toBe(p.id);
    expect(fieldsOf(restore(deleted))).toEqual(['proposal.id:validation.restoreConflict']);
  });

  it('refuses history entries that name another proposal or repeat an id', () => {
    const other = create({ jobTitle: 'other' });
    const crafted = craftedSnapshot(50);
    const [sent] = crafted.events;
    const viewed = { ...sent!, id: 51, status: 'viewed' as const, proposalId: other.id };
    const before = snapshot(app.db);
    expect(fieldsOf(restore({ ...crafted, events: [sent!, viewed] }))).toEqual([
      'events.1.proposalId:validation.otherProposal',
    ]);
    expect(fieldsOf(restore({ ...crafted, events: [sent!, { ...viewed, id: 50, proposalId: 99 }] }))).toEqual([
      'events.1.id:validation.duplicate',
    ]);
    expect(snapshot(app.db)).toEqual(before);
  });

  it('refuses a history that does not match the proposal: its "sent" entry, an earlier outcome, its status', () => {
    const crafted = craftedSnapshot(50);
    const [sent] = crafted.events;
    const before = snapshot(app.db);
    const early = { ...sent!, id: 51, status: 'hired' as const, occurredAt: '2026-11-01T00:00:00.000Z' };
    const cases: [DeletedProposal['events'], string[]][] = [
      [[{ ...sent!, status: 'viewed' }], ['events:validation.oneSentEvent']],
      [[sent!, { ...sent!, id: 51 }], ['events:validation.oneSentEvent']],
      [[{ ...sent!, occurredAt: '2026-11-19T09:00:00.000Z' }], ['events:validation.oneSentEvent']],
      [[sent!, early], ['events.1.occurredAt:validation.beforeSent']],
    ];
    for (const [events, fields] of cases) expect(fieldsOf(restore({ ...crafted, events }))).toEqual(fields);
    const hiredLater = { ...sent!, id: 51, status: 'hired' as const, occurredAt: '2026-11-19T09:00:00.000Z' };
    expect(fieldsOf(restore({ ...crafted, events: [sent!, hiredLater] }))).toEqual([
      'proposal.status:validation.notInHistory',
      'proposal.statusAt:validation.notInHistory',
    ]);
    expect(snapshot(app.db)).toEqual(before);
  });

  it('refuses a profile that is gone', () => {
    const crafted = craftedSnapshot(50);
    expect(fieldsOf(restore({ ...crafted, proposal: { ...crafted.proposal, profileId: 42 } }))).toEqual([
      'proposal.profileId:validation.unknownProfile',
    ]);
  });
});
