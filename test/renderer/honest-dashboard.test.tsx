import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { weekOf } from '@shared/metrics/weeks';
import { daysBeforeNow, TEST_NOW, TEST_ZONE } from '../support/clock';
import { installRealBackend } from './real-backend';

// Issue 9, section 6: the dashboard's hire-rate chart draws the user's warning threshold with even
// ticks, a week still under way gets no red or green arrows, and the health verdict is always there.

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(hash: string) {
  window.location.hash = hash;
  render(<App />);
}

/** Logs a proposal sent `days` days before now; hired two days later when asked. */
function sent(days: number, hired = false) {
  const created = backend.app.invoke('proposals:create', {
    jobTitle: `Proposal ${days} days ago`,
    sentAt: daysBeforeNow(days),
    connectsSpent: 10,
  }) as { ok: true; value: { id: number } };
  if (hired) {
    backend.app.invoke('proposals:setStatus', {
      id: created.value.id,
      status: 'hired',
      occurredAt: daysBeforeNow(Math.max(0, days - 2)),
    });
  }
}

const tiles = () => screen.getByRole('region', { name: 'This week at a glance' });
/** The hire-rate chart's y-axis labels (its x axis shows dates, never a percent). */
const yTicks = () =>
  [...document.querySelectorAll('#hire-chart-title ~ .chart .recharts-cartesian-axis-tick-value')]
    .map((n) => n.textContent)
    .filter((text) => text?.endsWith('%'));

describe('the hire-rate chart', () => {
  it('draws the warning threshold from Settings as a labelled line, on even ticks', async () => {
    backend = installRealBackend();
    backend.app.invoke('settings:update', { conversionWatchHireRatePct: 10 });
    // 12% in an old week: the axis must show it, the 10% line and the user's average on round steps.
    for (let i = 0; i < 25; i++) sent(40, i < 3);
    start('');
    expect(await screen.findByText('Watch under 10%')).toBeInTheDocument();
    expect(screen.getByText('Your warning threshold (Settings): under 10%')).toBeInTheDocument();
    await waitFor(() => expect(yTicks()).toEqual(['0%', '5%', '10%', '15%']));
  });
});

describe('a week still under way', () => {
  it('gets no red or green arrows, while a finished week does', async () => {
    backend = installRealBackend();
    // Many proposals in earlier weeks, two in this one: against whole weeks it "falls".
    for (const days of [35, 42, 49, 56, 63, 70]) for (let i = 0; i < (days === 35 ? 9 : 5); i++) sent(days, i === 0);
    sent(0);
    sent(0);
    const current = weekOf(TEST_NOW, TEST_ZONE, 'monday').weekStart;
    start(`#/dashboard/${current}`);
    await screen.findByText('in progress');
    expect(within(tiles()).queryByText(/[▲▼]/)).toBeNull();
    expect(tiles().querySelector('.tile-compare.good, .tile-compare.bad')).toBeNull();

    // The control: a finished, mature week with the same history does get them.
    const old = weekOf(daysBeforeNow(35), TEST_ZONE, 'monday').weekStart;
    window.location.hash = `#/dashboard/${old}`;
    await waitFor(() => expect(screen.queryByText('in progress')).toBeNull());
    await waitFor(() => expect(within(tiles()).getAllByText(/[▲▼]/).length).toBeGreaterThan(0));
  });
});

describe('the health verdict on the dashboard', () => {
  it('answers "am I OK?" even when it cannot judge yet', async () => {
    backend = installRealBackend();
    sent(20, true);
    sent(17);
    sent(9);
    start('');
    const verdict = await screen.findByTestId('dashboard-verdict');
    expect(within(verdict).getByRole('heading', { name: 'Account health' })).toBeInTheDocument();
    expect(await within(verdict).findByText('Not enough data yet')).toBeInTheDocument();
    expect(within(verdict).getByRole('link', { name: 'See the checks' })).toHaveAttribute('href', '#/health');
  });
});
