import { BENCH_NOW } from './database';
import { medianMs, round, type Figure } from './figures';
import { growth } from './growth';
import type { BenchModule } from './module';
import { benchSession, ok } from './session';

// The payloads behind each screen and one proposal logged, through validation and the handler
// table as the renderer calls them. Targets (issue 15): the dashboard under 5 ms at every size and
// within 1.5x from 10,000 to 1,000,000 proposals; logging a proposal under 1 ms. The health report
// and the week review within 1.5x too: their cost follows the weeks shown, not the proposals.

const TARGETS = {
  dashboard_ms: 5,
  insert_ms: 1,
  dashboard_growth: 1.5,
  health_report_growth: 1.5,
  week_review_growth: 1.5,
};

const newProposal = (i: number) => ({
  jobTitle: `Bench proposal ${i}`,
  sentAt: BENCH_NOW,
  category: 'Front-End Development',
  skills: ['React', 'TypeScript', 'CSS'],
  jobType: 'hourly',
  bidCents: 4500,
  connectsSpent: 16,
  source: 'search',
  clientPaymentVerified: true,
  clientHireRate: 60,
  proposalsBand: '10to15',
  minutesAfterPosting: 25,
});

function weekRows(session: ReturnType<typeof benchSession>): number {
  const review = ok(session.invoke('dashboard:week', { week: '2026-11-09' })) as { value: { proposals: unknown[] } };
  return review.value.proposals.length;
}

const handlers: BenchModule = {
  perSize({ size, dbFile, dir, runs }) {
    const session = benchSession(dbFile, dir);
    try {
      const call = (channel: string, input?: unknown) => () => ok(session.invoke(channel, input));
      const figure = (name: string, fn: (i: number) => unknown, n = runs): Figure => {
        const target = TARGETS[name as keyof typeof TARGETS];
        return { name, size, value: round(medianMs(fn, n)), ...(target !== undefined && { target }) };
      };
      const figures = [
        figure('dashboard_ms', call('dashboard:get', { trailing: 4 })),
        figure('dashboard_12_weeks_ms', call('dashboard:get', { trailing: 12 })),
        figure('week_review_ms', call('dashboard:week', { week: '2026-11-09' })),
        // What the week review's cost follows: the rows it lists (up to 500), not the proposals stored.
        { name: 'week_review_rows', size, value: weekRows(session) },
        figure('insights_ms', call('insights:get', { months: 6 })),
        figure('insights_all_time_ms', call('insights:get', { months: 0 })),
        figure('health_status_ms', call('health:status')),
        figure('health_report_ms', call('health:report')),
        // Each its own transaction with synchronous=FULL: triggers, indexes and the fsync all paid.
        figure('insert_ms', (i) => ok(session.invoke('proposals:create', newProposal(i))), 200),
      ];
      // The same without waiting for the disk (synchronous=OFF for this figure only): what the
      // code costs, apart from the fsync that FULL pays at every commit on this machine's disk.
      session.db.pragma('synchronous = OFF');
      figures.push(
        figure('insert_without_fsync_ms', (i) => ok(session.invoke('proposals:create', newProposal(1e6 + i))), 200),
      );
      session.db.pragma('synchronous = FULL');
      return figures;
    } finally {
      session.close();
    }
  },
  summary: (figures) => [
    ...growth(figures, 'dashboard_ms', TARGETS.dashboard_growth),
    ...growth(figures, 'health_report_ms', TARGETS.health_report_growth),
    ...growth(figures, 'week_review_ms', TARGETS.week_review_growth),
    ...['insights_ms', 'health_status_ms', 'insert_ms'].flatMap((name) => growth(figures, name)),
  ],
};

export default handlers;
