import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { localDateOf } from '@shared/metrics/weeks';
import { TEST_NOW, testToday } from '../support/clock';
import { installRealBackend } from './real-backend';

// What a newcomer meets in the first hour: each case here failed before its fix.

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

const csv = (path: string) =>
  new File([readFileSync(resolve('test/fixtures', path))], path.split('/').at(-1)!, { type: 'text/csv' });

function start(hash = '#/proposals') {
  backend = installRealBackend();
  window.location.hash = hash;
  render(<App />);
  return userEvent.setup();
}

describe('drafts and remembered defaults belong to one database', () => {
  it('logs the first real proposal after trying the sample, with the own database’s defaults', async () => {
    const user = start('#/dashboard');
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    await screen.findByRole('button', { name: 'Back to my data' });
    // In the sample, the last proposal went out under a sample-only profile with 24 Connects.
    const sampleProfile = backend.app.db.prepare("SELECT id FROM profiles WHERE name = 'Data dashboards'").get() as {
      id: number;
    };
    backend.app.invoke('proposals:create', {
      jobTitle: 'Sample bid',
      profileId: sampleProfile.id,
      connectsSpent: 24,
      jobType: 'fixed',
    });
    await user.keyboard('{Control>}n{/Control}');
    const sampleDialog = await screen.findByRole('dialog', { name: 'Log a proposal' });
    await waitFor(() => expect(within(sampleDialog).getByLabelText('Connects spent')).toHaveValue('24'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Back to my data' }));
    await screen.findByRole('button', { name: 'Try with sample data' });
    await user.keyboard('{Control>}n{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Log a proposal' });
    expect(within(dialog).getByLabelText('Connects spent')).toHaveValue('');
    expect(within(dialog).getByLabelText('Job type')).toHaveValue('');
    await user.type(within(dialog).getByLabelText('Job title'), 'My first real proposal');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(backend.app.db.prepare('SELECT job_title, profile_id, connects_spent FROM proposals').all()).toEqual([
      { job_title: 'My first real proposal', profile_id: 1, connects_spent: 0 },
    ]);
  });

  it('keeps each database’s own draft', async () => {
    const user = start('#/dashboard');
    await screen.findByRole('button', { name: 'Try with sample data' });
    await user.keyboard('{Control>}n{/Control}');
    await user.type(await screen.findByLabelText('Job title'), 'Typed in my own data');
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    await screen.findByRole('button', { name: 'Back to my data' });
    await user.keyboard('{Control>}n{/Control}');
    expect(await screen.findByLabelText('Job title')).toHaveValue('');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Back to my data' }));
    await screen.findByRole('button', { name: 'Try with sample data' });
    await user.keyboard('{Control>}n{/Control}');
    expect(await screen.findByLabelText('Job title')).toHaveValue('Typed in my own data');
  });
});

describe('CSV imports while they work', () => {
  it('show what they are doing and take no second click until done', async () => {
    const user = start('#/imports');
    // Main's answers wait for the test's word, as a big file keeps main busy for seconds.
    const api = window.bidwell as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    const held: (() => void)[] = [];
    for (const name of ['import:upworkPreview', 'import:upworkCommit']) {
      const real = api[name]!;
      api[name] = (input) => new Promise<void>((go) => held.push(go)).then(() => real(input));
    }
    const release = () => held.splice(0).forEach((go) => go());

    const section = (await screen.findByRole('heading', { name: 'Upwork transaction history' })).closest('section')!;
    const picker = within(section).getByLabelText('Upwork transaction history');
    await user.upload(picker, csv('upwork/transactions-13col.csv'));
    expect(await within(section).findByRole('progressbar', { name: 'Checking every row…' })).toBeInTheDocument();
    expect(picker).toBeDisabled();
    release();
    const importButton = await within(section).findByRole('button', { name: 'Import 11 rows' });

    await user.click(importButton);
    expect(await within(section).findByRole('progressbar', { name: 'Importing…' })).toBeInTheDocument();
    expect(importButton).toBeDisabled();
    expect(within(section).getByRole('button', { name: 'Choose another file' })).toBeDisabled();
    await user.click(importButton);
    release();
    expect(await within(section).findByText('Imported 11 rows; 0 already there.')).toBeInTheDocument();
    expect(within(section).queryByRole('progressbar')).not.toBeInTheDocument();
    // The second click went nowhere: one commit, eleven rows.
    expect(backend.app.db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 11 });
  });
});

describe('dates typed in the zone chosen in Settings', () => {
  // 25 hours apart: whatever the computer's zone, one of them is on another calendar day.
  const zone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find((z) => localDateOf(TEST_NOW, z) !== testToday())!;

  it('starts the Connects, transaction and contract forms on today in that zone', async () => {
    backend = installRealBackend();
    backend.app.invoke('settings:update', { timeZone: zone });
    window.location.hash = '#/earnings';
    render(<App />);
    const user = userEvent.setup();
    const expected = localDateOf(TEST_NOW, zone);
    const connects = (await screen.findByRole('heading', { name: 'Connects' })).closest('section')!;
    await waitFor(() => expect(within(connects).getByLabelText('Date')).toHaveValue(expected));

    await user.click(screen.getByRole('button', { name: 'Add transaction' }));
    expect(within(await screen.findByRole('dialog')).getByLabelText('Date')).toHaveValue(expected);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('link', { name: 'Contracts' }));
    await user.click(await screen.findByRole('button', { name: 'Add contract' }));
    expect(within(await screen.findByRole('dialog')).getByLabelText('Started')).toHaveValue(expected);
  });
});
