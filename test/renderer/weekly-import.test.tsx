import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

// The Weekly Summary panel of Import & backup, on the real handlers: what the preview says was
// matched with the transaction history (docs/money.md), then the import itself.

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

const csv = (path: string) =>
  new File([readFileSync(resolve('test/fixtures', path))], path.split('/').at(-1)!, { type: 'text/csv' });

async function panels() {
  backend = installRealBackend();
  window.location.hash = '#/imports';
  render(<App />);
  const section = async (title: string) => (await screen.findByRole('heading', { name: title })).closest('section')!;
  return {
    user: userEvent.setup(),
    history: await section('Upwork transaction history'),
    weekly: await section('Upwork Weekly Summary (hours)'),
  };
}

describe('the Weekly Summary import (jsdom, real handlers on SQLite)', () => {
  it('says which rows the transaction history already pays, then imports hours and the rest', async () => {
    const { user, history, weekly } = await panels();
    await user.upload(
      within(history).getByLabelText('Upwork transaction history'),
      csv('upwork/weekly/history-2024-04.csv'),
    );
    await user.click(await within(history).findByRole('button', { name: 'Import 9 rows' }));
    await within(history).findByText('Imported 9 rows; 0 already there.');

    await user.upload(
      within(weekly).getByLabelText('Upwork Weekly Summary (hours)'),
      csv('upwork/weekly/weekly-2024.csv'),
    );
    const money = await within(weekly).findByRole('region', { name: 'Money' });
    expect(money).toHaveTextContent(
      'Matched with your transaction history: 5 rows, $1,696.67. Their hours are kept; their money is already counted there.',
    );
    expect(money).toHaveTextContent(
      'Added as earnings: 4 rows, $595, for contracts and weeks your transaction history does not pay.',
    );
    expect(within(weekly).getByText('33.5 h')).toBeInTheDocument();
    const contracts = within(weekly).getByRole('table', { name: 'Contracts in this file' });
    const logo = within(contracts).getByRole('row', { name: /Logo refresh \(39990001\)/ });
    expect(within(logo).getByText('New contract')).toBeInTheDocument();

    await user.click(within(weekly).getByRole('button', { name: 'Import 9 rows' }));
    expect(await within(weekly).findByText('Imported 9 rows; 0 already there.')).toBeInTheDocument();
    expect(backend.app.db.prepare('SELECT count(*) AS n, sum(seconds) AS s FROM work_entries').get()).toEqual({
      n: 9,
      s: 33.5 * 3600,
    });
  });

  it('names each rejected line and offers no import', async () => {
    const { user, weekly } = await panels();
    await user.upload(
      within(weekly).getByLabelText('Upwork Weekly Summary (hours)'),
      csv('upwork/weekly/weekly-bad.csv'),
    );
    const problems = await within(weekly).findByRole('alert');
    expect(
      within(problems).getByText('6 problems: nothing will be imported until the file is fixed'),
    ).toBeInTheDocument();
    expect(
      within(problems).getByRole('row', { name: /^4 “5,5” is not a number of hours like 8\.33333$/ }),
    ).toBeInTheDocument();
    expect(within(weekly).queryByRole('button', { name: /^Import \d/ })).not.toBeInTheDocument();
  });
});
