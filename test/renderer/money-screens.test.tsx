import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(hash: string) {
  backend = installRealBackend();
  window.location.hash = hash;
  render(<App />);
  return userEvent.setup();
}

const csv = (path: string, name = path.split('/').at(-1)!) =>
  new File([readFileSync(resolve('test/fixtures', path))], name, { type: 'text/csv' });

describe('money screens (jsdom, real handlers on SQLite)', () => {
  it('explains the empty Earnings screen and where to start', async () => {
    start('#/earnings');
    // Figures, transactions and Connects load on their own: wait for each.
    expect(await screen.findByText(/No transactions yet\. Import your Upwork transaction history/)).toBeInTheDocument();
    expect(await screen.findByText('No hire yet in this period')).toBeInTheDocument();
    expect(await screen.findByText('No Connects recorded yet.')).toBeInTheDocument();
  });

  it('lists every rejected line of a broken file and offers no import', async () => {
    const user = start('#/imports');
    const section = (await screen.findByRole('heading', { name: 'Upwork transaction history' })).closest('section')!;
    await user.upload(within(section).getByLabelText('Upwork transaction history'), csv('upwork/hostile/ragged.csv'));
    const problems = await within(section).findByRole('alert');
    expect(within(problems).getByText('3')).toBeInTheDocument();
    expect(within(problems).getByText('This row has 4 fields; the header has 13')).toBeInTheDocument();
    expect(within(problems).getByText('This row has 15 fields; the header has 13')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /^Import \d/ })).not.toBeInTheDocument();
    expect(backend.app.db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 0 });
  });

  it('previews, imports and then lists the transactions', async () => {
    const user = start('#/imports');
    const section = (await screen.findByRole('heading', { name: 'Upwork transaction history' })).closest('section')!;
    await user.upload(
      within(section).getByLabelText('Upwork transaction history'),
      csv('upwork/transactions-13col.csv'),
    );
    await within(section).findByText('Upwork, 13 columns (older)');
    await user.click(within(section).getByRole('button', { name: 'Import 11 rows' }));
    expect(await within(section).findByText('Imported 11 rows; 0 already there.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Earnings' }));
    const row = await screen.findByRole('row', { name: /Miscellaneous — Payment adjustment/ });
    expect(within(row).getByText('$13.50')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Filter by kind'), 'service_fee');
    expect(await screen.findAllByRole('row', { name: /Service fee/ })).toHaveLength(4);
  });
});
