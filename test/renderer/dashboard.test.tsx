import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { en } from '@shared/i18n/resources';
import type { InsightRow, Insights } from '@shared/domain/insights';
import { value } from '../support/results';
import { expectedPerHireText, openingDashboard, sentProposalToReview } from '../support/sample-dashboard';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(hash = '') {
  backend = installRealBackend();
  window.location.hash = hash;
  render(<App />);
  return userEvent.setup();
}

const proposals = () => (backend.app.db.prepare('SELECT count(*) AS n FROM proposals').get() as { n: number }).n;

describe('dashboard (jsdom, real handlers on SQLite)', () => {
  it('opens on the dashboard and explains what to do when there is nothing yet', async () => {
    start();
    expect(
      await screen.findByRole('heading', { name: 'Your weekly dashboard starts with your first proposal' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    // The button waits for its own answer (which database is open): it may come after the heading.
    expect(await screen.findByRole('button', { name: 'Try with sample data' })).toBeInTheDocument();
  });

  it('shows sample data with a banner, draws the charts, and goes back to the untouched own data', async () => {
    const user = start();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    expect(await screen.findByText(/You are looking at sample data/)).toBeInTheDocument();
    expect(await screen.findByText(/^Week of /)).toBeInTheDocument();
    expect(proposals()).toBe(1300);
    // Six tiles, the earnings one explaining how to add earnings.
    expect(screen.getByText('No earnings recorded yet')).toBeInTheDocument();
    expect(screen.getByText(expectedPerHireText(openingDashboard(backend.app.invoke)))).toBeInTheDocument();
    // Charts render at their initial size even without layout; the funnel lists five stages.
    await waitFor(() => expect(document.querySelectorAll('.recharts-surface').length).toBeGreaterThanOrEqual(2));
    expect(document.querySelectorAll('.funnel li')).toHaveLength(5);
    // 26 weeks in the table, newest first, the two youngest marked provisional.
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('link', { name: /^Review week of/ })).toHaveLength(26);
    expect(within(table).getAllByText('provisional').length).toBeGreaterThanOrEqual(2);

    await user.click(screen.getByRole('button', { name: 'Back to my data' }));
    expect(
      await screen.findByRole('heading', { name: 'Your weekly dashboard starts with your first proposal' }),
    ).toBeInTheDocument();
    expect(proposals()).toBe(0);
  });

  it('moves between weeks and compares with 8 trailing weeks', async () => {
    const user = start();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    const heading = await screen.findByText(/^Week of /);
    const before = heading.textContent;
    await user.click(screen.getByRole('button', { name: 'Previous week' }));
    await waitFor(() => expect(screen.getByText(/^Week of /).textContent).not.toBe(before));
    expect(window.location.hash).toMatch(/^#\/dashboard\/\d{4}-\d{2}-\d{2}$/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), '8');
    expect((await screen.findAllByText(/in the 8 weeks before/)).length).toBeGreaterThan(0);
  });
});

describe('navigation', () => {
  it('goes to each screen with Ctrl+1..4 and with the Go menu', async () => {
    const user = start();
    await screen.findByRole('heading', { name: 'Your weekly dashboard starts with your first proposal' });
    await user.keyboard('{Control>}2{/Control}');
    expect(await screen.findByRole('heading', { name: 'What converts' })).toBeInTheDocument();
    await user.keyboard('{Control>}3{/Control}');
    expect(await screen.findByRole('heading', { name: 'Log your first proposal' })).toBeInTheDocument();
    await user.keyboard('{Control>}4{/Control}');
    await waitFor(() => expect(window.location.hash).toBe('#/profiles'));
    await user.keyboard('{Control>}1{/Control}');
    await waitFor(() => expect(window.location.hash).toBe('#/dashboard'));
    backend.menu('go:insights');
    expect(await screen.findByRole('heading', { name: 'What converts' })).toBeInTheDocument();
    backend.menu('go:dashboard');
    expect(
      await screen.findByRole('heading', { name: 'Your weekly dashboard starts with your first proposal' }),
    ).toBeInTheDocument();
  });
});

describe('weekly review and insights (jsdom)', () => {
  it('records an outcome for an open proposal of the week', async () => {
    const user = start();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    await screen.findByText(/^Week of /);
    // Which week has a proposal still waiting depends on the pinned "now": the data says which.
    const open = sentProposalToReview(backend.app.invoke, backend.app.db);
    const weekLink = screen
      .getAllByRole('link', { name: /^Review week of/ })
      .find((link) => link.getAttribute('href') === `#/weeks/${open.week}`);
    await user.click(weekLink!);
    await screen.findByText(/still open/);
    const proposalLink = (await screen.findAllByRole('link', { name: open.title })).find(
      (link) => link.getAttribute('href') === `#/proposals/${open.id}`,
    );
    await user.selectOptions(within(proposalLink!.closest('tr')!).getByRole('combobox'), 'interviewing');
    expect(await screen.findByText('Marked as Interviewing')).toBeInTheDocument();
    expect(backend.app.db.prepare('SELECT status FROM proposals WHERE id = ?').get(open.id)).toEqual({
      status: 'interviewing',
    });
  });

  it('ranks groups, sorts the table on request and narrows the period', async () => {
    const user = start('#/insights');
    expect(await screen.findByRole('heading', { name: 'Insights need a few weeks of proposals' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    await screen.findByText(/proposals sent/);
    await user.click(screen.getByRole('button', { name: 'Found via' }));
    expect(await screen.findByRole('cell', { name: 'Invite' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    const firstRow = () => within(table).getAllByRole('row')[1]!;
    // Ranked by the lower end of the hire rate's Wilson interval. Which source leads depends on the
    // sample's dates (invites usually): the group with the highest lower bound comes first.
    const sources = value<Insights>(backend.app.invoke('insights:get', { months: 6 })).dimensions.source;
    const label = (group: InsightRow) => en.proposals.source[group.value as keyof typeof en.proposals.source];
    const best = sources.filter((s) => s.enough).reduce((a, b) => (b.hireLow > a.hireLow ? b : a));
    expect(within(firstRow()).getAllByRole('cell')[0]).toHaveTextContent(label(best));
    // Sorted on request: the source most proposals came from (search or best matches) on top.
    await user.click(within(table).getByRole('button', { name: 'Sent' }));
    expect(within(table).getByRole('columnheader', { name: /Sent/ })).toHaveAttribute('aria-sort', 'descending');
    const busiest = sources.reduce((a, b) => (b.sent > a.sent ? b : a));
    expect(within(firstRow()).getAllByRole('cell')[0]).toHaveTextContent(label(busiest));
    // A shorter period counts fewer proposals.
    const window6 = screen.getByText(/proposals sent/).textContent;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), '3');
    await waitFor(() => expect(screen.getByText(/proposals sent/).textContent).not.toBe(window6));
    expect(
      Number(
        screen
          .getByText(/proposals sent/)
          .textContent!.split(' ')[0]!
          .replace(',', ''),
      ),
    ).toBeLessThan(Number(window6!.split(' ')[0]!.replace(',', '')));
  });
});
