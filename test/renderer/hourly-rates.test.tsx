import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { importHoursFixtures, linkWinningProposal } from '../support/hours-fixtures';
import { installRealBackend } from './real-backend';

// The effective hourly rate where it is shown: Contracts, Earnings (by month) and What converts
// (by what won the contract), on the real handlers, against the figures worked out by hand in
// test/db/hourly-rates.test.ts.

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(hash: string, seed?: (app: typeof backend.app) => void) {
  backend = installRealBackend();
  importHoursFixtures(backend.app);
  seed?.(backend.app);
  window.location.hash = hash;
  render(<App />);
  return userEvent.setup();
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('what an hour paid', () => {
  it('shows each contract its hours and gross rate, and says "few hours" under ten', async () => {
    start('#/contracts');
    const html = await screen.findByRole('row', { name: /HTML Page Builder/ });
    expect(cells(html)).toEqual(expect.arrayContaining(['$1,581.67', '31.8 h', '$49.69/h']));
    const audit = screen.getByRole('row', { name: /Site audit/ });
    expect(cells(audit)).toEqual(expect.arrayContaining(['1.5 h', '$193.33/hfew hours']));
    const logo = screen.getByRole('row', { name: /Logo refresh/ });
    expect(cells(logo)).toEqual(expect.arrayContaining(['$450', '—', '—']));
  });

  it('lists the months on Earnings, gross and net', async () => {
    start('#/earnings');
    const table = within(await screen.findByRole('region', { name: 'What an hour paid, by month' }));
    expect(cells(await table.findByRole('row', { name: /April 2024/ }))).toEqual([
      'April 2024',
      '33.5 h',
      '$1,831.67',
      '$54.68/h',
      '$50.99/h',
    ]);
    expect(cells(table.getByRole('row', { name: /January 2025/ }))).toEqual([
      'January 2025',
      '11.5 h',
      '$790',
      '$68.70/h',
      '$68.70/h',
    ]);
  });

  it('ranks what won the contracts by what an hour paid in What converts', async () => {
    const user = start('#/insights', ({ db }) => {
      linkWinningProposal(db, 'HTML Page Builder', 'Web Development', ['HTML', 'CSS']);
      linkWinningProposal(db, 'React dashboard for logistics', 'Web Development', ['React', 'html']);
      linkWinningProposal(db, 'Site audit', 'SEO', ['SEO']);
    });
    const panel = within(await screen.findByRole('region', { name: 'What pays best per hour' }));
    const rows = await panel.findAllByRole('row');
    // React ($64.29/h) above HTML (both contracts) above CSS ($49.69/h); SEO's 1.5 hours last, unranked.
    expect(rows.slice(1).map((r) => cells(r)[0])).toEqual(['React', 'HTML', 'CSS', 'SEO']);
    expect(cells(rows[4]!)).toEqual(['SEO', '1', '1.5 h', '$193.33/hfew hours', '$193.33/hfew hours']);
    await user.click(panel.getByRole('button', { name: 'Category' }));
    expect(cells(await panel.findByRole('row', { name: /Web Development/ }))).toEqual([
      'Web Development',
      '2',
      '43.5 h',
      // $2,331.67 / 43.5 h = $53.60; less $123.67 of fees = $50.76.
      '$53.60/h',
      '$50.76/h',
    ]);
  });
});
