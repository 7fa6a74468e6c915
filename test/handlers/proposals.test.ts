import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeletedProposal, Proposal, ProposalDetail, ProposalPage } from '@shared/domain/proposal';
import { snapshot } from '../support/db-snapshot';
import { testApp } from '../support/temp-db';
import { value, fieldsOf } from '../support/results';

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.cleanup());

const create = (input: Record<string, unknown>) => value<Proposal>(app.invoke('proposals:create', input));

describe('proposals:create', () => {
  it('stores the proposal with a "sent" history entry and the current status', () => {
    const p = create({
      jobTitle: 'Shopify theme fix',
      connectsSpent: 8,
      bidCents: 4500,
      jobType: 'hourly',
      skills: ['Shopify', 'Liquid'],
    });
    expect(p).toMatchObject({
      jobTitle: 'Shopify theme fix',
      status: 'sent',
      sentAt: '2026-11-20T10:00:00.000Z',
      profileId: 1,
      skills: ['Shopify', 'Liquid'],
    });
    const detail = value<ProposalDetail>(app.invoke('proposals:get', { id: p.id }));
    expect(detail.events.map((e) => e.status)).toEqual(['sent']);
    expect(detail.profileName).toBe('General');
  });

  it('refuses bad input with field paths and writes nothing', () => {
    const before = snapshot(app.db);
    const result = app.invoke('proposals:create', { jobTitle: '', jobUrl: 'javascript:alert(1)', connectsSpent: -2 });
    expect(fieldsOf(result).sort()).toEqual([
      'connectsSpent:validation.tooSmall',
      'jobTitle:validation.required',
      'jobUrl:validation.httpUrl',
    ]);
    expect(snapshot(app.db)).toEqual(before);
  });

  it('refuses a sent time later than now beside the field, allowing a few minutes of clock skew', () => {
    const before = snapshot(app.db);
    expect(fieldsOf(app.invoke('proposals:create', { jobTitle: 'x', sentAt: '2030-01-01T09:00:00Z' }))).toEqual([
      'sentAt:validation.futureDate',
    ]);
    expect(fieldsOf(app.invoke('proposals:create', { jobTitle: 'x', sentAt: '2026-11-20T10:11:00Z' }))).toEqual([
      'sentAt:validation.futureDate',
    ]);
    expect(snapshot(app.db)).toEqual(before);
    const skewed = create({ jobTitle: 'Sent from a laptop a little ahead', sentAt: '2026-11-20T10:04:00Z' });
    expect(skewed.sentAt).toBe('2026-11-20T10:04:00.000Z');
    const moved = app.invoke('proposals:update', {
      id: skewed.id,
      fields: { jobTitle: skewed.jobTitle, sentAt: '2030-01-01T09:00:00Z' },
    });
    expect(fieldsOf(moved)).toEqual(['sentAt:validation.futureDate']);
  });

  it('refuses an unknown or archived profile beside the profile field', () => {
    const before = snapshot(app.db);
    expect(fieldsOf(app.invoke('proposals:create', { jobTitle: 'x', profileId: 99 }))).toEqual([
      'profileId:validation.unknownProfile',
    ]);
    const other = value<{ id: number }>(app.invoke('profiles:create', { name: 'Design' }));
    value(app.invoke('profiles:setArchived', { id: other.id, archived: true }));
    const archivedSnapshot = snapshot(app.db);
    expect(fieldsOf(app.invoke('proposals:create', { jobTitle: 'x', profileId: other.id }))).toEqual([
      'profileId:validation.archivedProfile',
    ]);
    expect(snapshot(app.db)).toEqual(archivedSnapshot);
    expect(before.proposals).toEqual([]);
  });

  it('remembers the last used profile, job type and Connects as defaults', () => {
    expect(value(app.invoke('proposals:defaults', undefined))).toEqual({
      profileId: null,
      jobType: null,
      connectsSpent: null,
    });
    const design = value<{ id: number }>(app.invoke('profiles:create', { name: 'Design', kind: 'specialized' }));
    create({ jobTitle: 'a', profileId: design.id, jobType: 'fixed', connectsSpent: 12 });
    expect(value(app.invoke('proposals:defaults', undefined))).toEqual({
      profileId: design.id,
      jobType: 'fixed',
      connectsSpent: 12,
    });
  });
});

describe('outcomes and history', () => {
  it('derives the status from the latest event, including one entered late', () => {
    const p = create({ jobTitle: 'API integration', sentAt: '2026-11-10T09:00:00Z' });
    app.setNow('2026-11-20T12:00:00.000Z');
    value(app.invoke('proposals:setStatus', { id: p.id, status: 'interviewing' }));
    // Entered late: the view happened before the interview, so the status stays "interviewing".
    const detail = value<ProposalDetail>(
      app.invoke('proposals:setStatus', { id: p.id, status: 'viewed', occurredAt: '2026-11-11T08:00:00Z' }),
    );
    expect(detail.status).toBe('interviewing');
    expect(detail.events.map((e) => e.status)).toEqual(['sent', 'viewed', 'interviewing']);
    expect(detail.events[1]).toMatchObject({
      occurredAt: '2026-11-11T08:00:00.000Z',
      recordedAt: '2026-11-20T12:00:00.000Z',
    });
  });

  it('refuses an outcome dated before the proposal was sent', () => {
    const p = create({ jobTitle: 'x', sentAt: '2026-11-10T09:00:00Z' });
    const before = snapshot(app.db);
    expect(
      fieldsOf(app.invoke('proposals:setStatus', { id: p.id, status: 'hired', occurredAt: '2026-11-09T09:00:00Z' })),
    ).toEqual(['occurredAt:validation.beforeSent']);
    expect(snapshot(app.db)).toEqual(before);
  });

  it('edits and removes history entries, keeping the status in step', () => {
    const p = create({ jobTitle: 'x', sentAt: '2026-11-10T09:00:00Z' });
    const viewed = value<ProposalDetail>(
      app.invoke('proposals:setStatus', { id: p.id, status: 'viewed', occurredAt: '2026-11-12T09:00:00Z' }),
    );
    const hired = value<ProposalDetail>(
      app.invoke('proposals:setStatus', { id: p.id, status: 'hired', occurredAt: '2026-11-14T09:00:00Z' }),
    );
    const hiredEvent = hired.events.find((e) => e.status === 'hired')!;
    const viewedEvent = viewed.events.find((e) => e.status === 'viewed')!;
    // Move the view after the hire: now the latest event is "viewed".
    const moved = value<ProposalDetail>(
      app.invoke('proposals:updateEvent', { eventId: viewedEvent.id, occurredAt: '2026-11-15T09:00:00Z', note: null }),
    );
    expect(moved.status).toBe('viewed');
    const removed = value<ProposalDetail>(app.invoke('proposals:deleteEvent', { eventId: viewedEvent.id }));
    expect(removed.status).toBe('hired');
    expect(removed.statusAt).toBe(hiredEvent.occurredAt);
    const sentEvent = removed.events[0]!;
    expect(fieldsOf(app.invoke('proposals:deleteEvent', { eventId: sentEvent.id }))).toEqual([
      'eventId:validation.cannotDeleteSent',
    ]);
    expect(
      fieldsOf(
        app.invoke('proposals:updateEvent', { eventId: sentEvent.id, occurredAt: '2026-11-11T00:00:00Z', note: null }),
      ),
    ).toEqual(['occurredAt:validation.editSentAtOnProposal']);
  });
});

describe('update, delete and undo', () => {
  it('updates fields and moves the sent entry with sentAt, but never after the first outcome', () => {
    const p = create({ jobTitle: 'old', sentAt: '2026-11-10T09:00:00Z', skills: ['A'] });
    value(app.invoke('proposals:setStatus', { id: p.id, status: 'viewed', occurredAt: '2026-11-12T09:00:00Z' }));
    const updated = value<ProposalDetail>(
      app.invoke('proposals:update', {
        id: p.id,
        fields: { jobTitle: 'new', sentAt: '2026-11-09T09:00:00Z', skills: ['B', 'C'] },
      }),
    );
    expect(updated).toMatchObject({
      jobTitle: 'new',
      sentAt: '2026-11-09T09:00:00.000Z',
      skills: ['B', 'C'],
      status: 'viewed',
    });
    expect(updated.events[0]).toMatchObject({ status: 'sent', occurredAt: '2026-11-09T09:00:00.000Z' });
    expect(
      fieldsOf(
        app.invoke('proposals:update', { id: p.id, fields: { jobTitle: 'new', sentAt: '2026-11-13T09:00:00Z' } }),
      ),
    ).toEqual(['sentAt:validation.sentAfterOutcome']);
  });

  it('restores a deleted proposal exactly, history included', () => {
    const p = create({ jobTitle: 'keep me', skills: ['Go'], notes: 'n' });
    value(app.invoke('proposals:setStatus', { id: p.id, status: 'offer' }));
    const before = snapshot(app.db, { withoutGlobalIds: true });
    const deleted = value<DeletedProposal>(app.invoke('proposals:delete', { id: p.id }));
    expect(value<ProposalPage>(app.invoke('proposals:list', {})).total).toBe(0);
    // The snapshot goes through IPC as JSON, like in the app.
    value(app.invoke('proposals:restore', JSON.parse(JSON.stringify(deleted))));
    expect(snapshot(app.db, { withoutGlobalIds: true })).toEqual(before);
    expect(fieldsOf(app.invoke('proposals:restore', deleted))).toEqual(['proposal.id:validation.alreadyExists']);
  });

  it('answers notFound for a proposal that is gone', () => {
    const result = app.invoke('proposals:get', { id: 12345 });
    expect(result).toMatchObject({ ok: false, error: { key: 'errors.notFound' } });
  });
});

describe('proposals:list', () => {
  beforeEach(() => {
    const design = value<{ id: number }>(app.invoke('profiles:create', { name: 'Design' }));
    create({
      jobTitle: 'Logo for bakery',
      sentAt: '2026-11-01T10:00:00Z',
      profileId: design.id,
      skills: ['Illustrator'],
    });
    create({ jobTitle: 'React app', sentAt: '2026-11-03T10:00:00Z', skills: ['React'] });
    const third = create({ jobTitle: '100% test coverage', sentAt: '2026-11-02T10:00:00Z', notes: 'vitest' });
    value(app.invoke('proposals:setStatus', { id: third.id, status: 'hired' }));
  });

  const titles = (input: Record<string, unknown>) =>
    value<ProposalPage>(app.invoke('proposals:list', input)).rows.map((r) => r.jobTitle);

  it('lists newest first', () => {
    expect(titles({})).toEqual(['React app', '100% test coverage', 'Logo for bakery']);
  });

  it('searches titles, notes and skills, treating % and _ literally', () => {
    expect(titles({ search: 'react' })).toEqual(['React app']);
    expect(titles({ search: 'illustr' })).toEqual(['Logo for bakery']);
    expect(titles({ search: 'vitest' })).toEqual(['100% test coverage']);
    expect(titles({ search: '100%' })).toEqual(['100% test coverage']);
    expect(titles({ search: '%' })).toEqual(['100% test coverage']);
    expect(titles({ search: '_' })).toEqual([]);
  });

  it('filters by status and profile, and pages with a total', () => {
    expect(titles({ status: 'hired' })).toEqual(['100% test coverage']);
    expect(titles({ profileId: 2 })).toEqual(['Logo for bakery']);
    const page = value<ProposalPage>(app.invoke('proposals:list', { limit: 2, offset: 2 }));
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.jobTitle)).toEqual(['Logo for bakery']);
  });

  it('refuses a page size over 500', () => {
    expect(fieldsOf(app.invoke('proposals:list', { limit: 10_000 }))).toEqual(['limit:validation.tooBig']);
  });
});
