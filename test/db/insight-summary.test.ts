import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insightCounts } from '@main/db/insights/counts';
import { rebuildInsightSummary } from '@main/db/insights/summary';
import type { DeletedProposal, ProposalDetail } from '@shared/domain/proposal';
import { logProposal, value, type App } from '../support/dash-fixtures';
import { testApp } from '../support/temp-db';

let app: App;
beforeEach(() => {
  app = testApp('2026-12-31T12:00:00.000Z');
});
afterEach(() => app.cleanup());

/** The summary as the triggers left it, without the rows that dropped to zero. */
function summary() {
  return app.db
    .prepare(
      'SELECT week, dimension, lower(value) AS value, sent, viewed, hired FROM insight_weekly WHERE sent <> 0 OR viewed <> 0 OR hired <> 0 ORDER BY 1, 2, 3',
    )
    .all();
}

/** Triggers must leave exactly what a full recomputation gives. */
function expectInStep() {
  const kept = summary();
  rebuildInsightSummary(app.db);
  expect(kept).toEqual(summary());
}

const signals = {
  category: 'Web Development',
  skills: ['React', 'TypeScript'],
  source: 'search',
  jobType: 'hourly',
  bidCents: 4500,
  clientPaymentVerified: true,
  clientHireRate: 60,
  clientTotalSpentCents: 250_000,
  proposalsBand: '5to10',
  minutesAfterPosting: 30,
  boostConnects: 10,
};

describe('insight_weekly is kept in step by triggers', () => {
  it('through logging, outcomes, edits, skill changes, deletes and undo', () => {
    const a = logProposal(app, '2026-11-02T10:00:00.000Z', ['viewed', 'interviewing', 'hired'], signals);
    const b = logProposal(app, '2026-11-03T10:00:00.000Z', ['viewed'], {
      ...signals,
      skills: ['react', 'Node.js'],
      boostConnects: 0,
    });
    logProposal(app, '2026-11-10T10:00:00.000Z', [], { category: 'Design' });
    expectInStep();

    // Edit: move it to another week, change its signals and skills.
    const detail = value<ProposalDetail>(app.invoke('proposals:get', { id: b.id }));
    value(
      app.invoke('proposals:update', {
        id: b.id,
        fields: {
          ...signals,
          jobTitle: detail.jobTitle,
          sentAt: '2026-10-27T10:00:00.000Z',
          skills: ['Vue.js'],
          jobType: 'fixed',
          bidCents: 90_000,
        },
      }),
    );
    expectInStep();

    // An outcome removed, then the whole proposal deleted and restored (undo).
    const hired = value<ProposalDetail>(app.invoke('proposals:get', { id: a.id })).events.find(
      (e) => e.status === 'hired',
    )!;
    value(app.invoke('proposals:deleteEvent', { eventId: hired.id }));
    expectInStep();
    const deleted = value<DeletedProposal>(app.invoke('proposals:delete', { id: a.id }));
    expectInStep();
    value(app.invoke('proposals:restore', deleted));
    expectInStep();
  });

  it('groups skills case-insensitively and leaves unrecorded signals out', () => {
    logProposal(app, '2026-11-02T10:00:00.000Z', ['viewed', 'hired'], { skills: ['React'] });
    logProposal(app, '2026-11-03T10:00:00.000Z', [], { skills: ['react'] });
    const { proposals, dimensions } = insightCounts(app.db, { fromWeek: null, toWeek: '2026-12-01' });
    expect(proposals).toBe(2);
    expect(dimensions.skill).toEqual([{ value: 'React', sent: 2, viewed: 1, hired: 1 }]);
    expect(dimensions.category).toEqual([]);
    expect(dimensions.boosted).toEqual([{ value: 'no', sent: 2, viewed: 1, hired: 1 }]);
  });

  it('puts each signal in its band', () => {
    logProposal(app, '2026-11-02T10:00:00.000Z', ['hired'], signals);
    logProposal(app, '2026-11-02T11:00:00.000Z', [], {
      ...signals,
      jobType: 'fixed',
      bidCents: 100_000,
      clientHireRate: 0,
      clientTotalSpentCents: 0,
      minutesAfterPosting: 2000,
      clientPaymentVerified: false,
    });
    const { dimensions } = insightCounts(app.db, { fromWeek: '2026-11-02', toWeek: '2026-11-09' });
    const values = (d: keyof typeof dimensions) => dimensions[d].map((r) => `${r.value}=${r.sent}/${r.hired}`).sort();
    expect(values('bid')).toEqual(['fixed:100000=1/0', 'hourly:4000=1/1']);
    expect(values('clientHireRate')).toEqual(['hireRate:0=1/0', 'hireRate:50=1/1']);
    expect(values('clientSpend')).toEqual(['spend:0=1/0', 'spend:100000=1/1']);
    expect(values('speed')).toEqual(['minutes:1440=1/0', 'minutes:15=1/1']);
    expect(values('paymentVerified')).toEqual(['no=1/0', 'yes=1/1']);
    expect(values('boosted')).toEqual(['yes=2/1']);
  });

  it('counts only the weeks of the window (UTC Mondays, end exclusive)', () => {
    logProposal(app, '2026-11-01T23:00:00.000Z'); // Sunday: week of Monday 26 Oct
    logProposal(app, '2026-11-02T00:00:00.000Z'); // Monday: week of 2 Nov
    expect(insightCounts(app.db, { fromWeek: '2026-11-02', toWeek: '2026-11-09' }).proposals).toBe(1);
    expect(insightCounts(app.db, { fromWeek: '2026-10-26', toWeek: '2026-11-02' }).proposals).toBe(1);
    expect(insightCounts(app.db, { fromWeek: null, toWeek: '2026-10-26' }).proposals).toBe(0);
  });
});
