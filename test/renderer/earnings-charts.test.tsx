import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { addFewHoursMonth, importHoursFixtures } from '../support/hours-fixtures';
import { TEST_NOW } from '../support/clock';
import { value } from '../support/results';
import { installRealBackend } from './real-backend';

// The Earnings screen's two charts on the real handlers: drawn (recharts' svg), and said in
// words for screen readers, with the figures worked out by hand.

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(seed: (app: typeof backend.app) => void) {
  backend = installRealBackend();
  seed(backend.app);
  window.location.hash = '#/earnings';
  render(<App />);
}

/** An instant `days` before the pinned now: inside the default 12 weeks whatever now is. */
const daysAgo = (days: number) => new Date(Date.parse(TEST_NOW) - days * 86_400_000).toISOString();

const summaryOf = (chart: HTMLElement) => document.getElementById(chart.getAttribute('aria-describedby')!)!.textContent;

describe('Earnings charts (jsdom, real handlers on SQLite)', () => {
  it('draws gross and net with the Connects spent, and says the totals in words', async () => {
    start((app) => {
      value(app.invoke('transactions:create', { occurredAt: daysAgo(2), amountCents: 60000, kind: 'hourly' }));
      value(app.invoke('transactions:create', { occurredAt: daysAgo(2), amountCents: -6000, kind: 'service_fee' }));
      value(app.invoke('transactions:create', { occurredAt: daysAgo(20), amountCents: 45000, kind: 'fixed_price' }));
      value(app.invoke('proposals:create', { jobTitle: 'A', connectsSpent: 16, boostConnects: 4, sentAt: daysAgo(3) }));
      value(app.invoke('proposals:create', { jobTitle: 'B', connectsSpent: 12, sentAt: daysAgo(30) }));
    });
    const panel = await screen.findByRole('region', { name: 'Earnings and Connects spent' });
    const chart = await within(panel).findByRole('img', { name: 'Earnings and Connects spent' });
    await waitFor(() => expect(chart.querySelector('.recharts-surface')).not.toBeNull());
    // $600 + $450 gross; less $60 of fees = $990 net; 16 + 4 + 12 = 32 Connects at $0.15 = $4.80.
    expect(summaryOf(chart)).toMatch(
      /: \$1,050 earned before fees, \$990 after them; 32 Connects spent on proposals \(\$4\.80\)\. .* with \$540 net\.$/,
    );
  });

  it('says when the period has nothing to draw', async () => {
    start(() => undefined);
    const panel = await screen.findByRole('region', { name: 'Earnings and Connects spent' });
    expect(await within(panel).findByText('Nothing earned and no Connects spent in this period.')).toBeInTheDocument();
  });

  it('with Connects spent but nothing earned, draws the Connects and no invented dollar scale', async () => {
    start((app) => {
      value(app.invoke('proposals:create', { jobTitle: 'A', connectsSpent: 16, sentAt: daysAgo(3) }));
    });
    const panel = await screen.findByRole('region', { name: 'Earnings and Connects spent' });
    const chart = await within(panel).findByRole('img', { name: 'Earnings and Connects spent' });
    await waitFor(() => expect(chart.querySelectorAll('.recharts-yAxis')).toHaveLength(2));
    // jsdom draws the ticks' lines but not their text: the dollar axis has one tick (its $0), where
    // recharts' own scale would draw five ($0 to $4); the Connects axis keeps its scale.
    const [money, connects] = [...chart.querySelectorAll('.recharts-yAxis')].map(
      (axis) => axis.querySelectorAll('.recharts-cartesian-axis-tick').length,
    );
    expect(money).toBe(1);
    expect(connects).toBeGreaterThan(2);
    expect(
      within(panel).getByText('Nothing earned in this period yet: the line shows the Connects your proposals used.'),
    ).toBeInTheDocument();
  });

  it('draws the hourly rate by month, hollow where the hours are few, and names those months', async () => {
    start((app) => {
      importHoursFixtures(app);
      addFewHoursMonth(app.db);
    });
    const panel = await screen.findByRole('region', { name: 'What an hour paid, by month' });
    const chart = await within(panel).findByRole('img', { name: 'What an hour paid, month by month' });
    await waitFor(() => expect(chart.querySelectorAll('.recharts-line').length).toBe(2));
    expect(summaryOf(chart)).toBe(
      'The effective hourly rate, gross, for 3 months with hours, from April 2024 to January 2025. ' +
        // $1,831.67 / 33.5 h and $790 / 11.5 h (test/db/hourly-rates.test.ts).
        'Among the months with enough hours, the lowest was $54.68/h (April 2024) and the highest $68.70/h (January 2025). ' +
        'June 2024 had under 10 hours: its rate is drawn as a hollow dot, and says little.',
    );
    // One hollow dot (June), two filled.
    const dots = [...chart.querySelectorAll('circle')].map((c) => c.getAttribute('fill'));
    expect(dots.filter((f) => f === 'var(--panel)')).toHaveLength(1);
    expect(dots.filter((f) => f === 'var(--accent)')).toHaveLength(2);
  });
});
