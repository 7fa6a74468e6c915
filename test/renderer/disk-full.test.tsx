import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { fillDisk } from '../support/full-disk';
import { upworkHistory } from '../support/upwork-history';
import { installRealBackend } from './real-backend';

// A full disk as the user meets it: the message where they are, in words, and nothing they typed
// or previewed thrown away, so that saving again once there is room just works.

const DISK_FULL = 'The disk is full: nothing was saved. Free some space and try again.';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(hash: string) {
  backend = installRealBackend('2026-11-20T10:00:00.000Z');
  window.location.hash = hash;
  render(<App />);
  return userEvent.setup();
}

const count = (table: string) => backend.app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get();

describe('a full disk (jsdom, real handlers on SQLite)', () => {
  it('says so in the log form, keeps every value typed, and saves them once there is room', async () => {
    const user = start('#/proposals');
    await screen.findByRole('heading', { name: 'Log your first proposal' });
    await user.keyboard('{Control>}n{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Log a proposal' });
    await user.type(within(dialog).getByLabelText('Job title'), 'Shopify theme fix');
    await user.type(within(dialog).getByLabelText('Connects spent'), '8');
    await user.click(within(dialog).getByText('Cover letter and notes'));
    // Long enough to need pages the full disk cannot give.
    const letter = 'Dear client, I have fixed many Shopify themes. '.repeat(300);
    await user.click(within(dialog).getByLabelText('Cover letter'));
    await user.paste(letter);
    const freeSpace = fillDisk(backend.app.db);

    await user.click(within(dialog).getByRole('button', { name: 'Log proposal' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(DISK_FULL);
    expect(within(dialog).getByLabelText('Job title')).toHaveValue('Shopify theme fix');
    expect(within(dialog).getByLabelText('Connects spent')).toHaveValue('8');
    expect(within(dialog).getByLabelText('Cover letter')).toHaveValue(letter);
    expect(count('proposals')).toEqual({ n: 0 });

    freeSpace();
    await user.click(within(dialog).getByRole('button', { name: 'Log proposal' }));
    expect(await screen.findByRole('link', { name: 'Shopify theme fix' })).toBeInTheDocument();
    expect(backend.app.db.prepare('SELECT cover_letter FROM proposals').get()).toEqual({ cover_letter: letter.trim() });
  });

  it('says so in the contract dialog and keeps what was typed', async () => {
    const user = start('#/contracts');
    await user.click(await screen.findByRole('button', { name: 'Add contract' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a contract' });
    await user.type(within(dialog).getByLabelText('Client'), 'Acme Logistics');
    await user.type(within(dialog).getByLabelText('Title'), 'React dashboard');
    const notes = 'Weekly call on Mondays; invoices every Friday. '.repeat(300);
    await user.click(within(dialog).getByLabelText('Notes'));
    await user.paste(notes);
    fillDisk(backend.app.db);

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(DISK_FULL);
    expect(within(dialog).getByLabelText('Client')).toHaveValue('Acme Logistics');
    expect(within(dialog).getByLabelText('Notes')).toHaveValue(notes);
    expect(count('contracts')).toEqual({ n: 0 });
  });

  it('imports nothing, keeps the preview on screen, and imports it all once there is room', async () => {
    const user = start('#/imports');
    const section = (await screen.findByRole('heading', { name: 'Upwork transaction history' })).closest('section')!;
    const file = new File([upworkHistory(400)], 'history.csv', { type: 'text/csv' });
    await user.upload(within(section).getByLabelText('Upwork transaction history'), file);
    const importAll = await within(section).findByRole('button', { name: 'Import 800 rows' });
    // Room for the first rows, not for the file: the rows written before the disk filled roll back.
    const freeSpace = fillDisk(backend.app.db, 3);

    await user.click(importAll);
    expect(await within(section).findByRole('alert')).toHaveTextContent(DISK_FULL);
    expect(within(section).getByRole('region', { name: 'Preview of history.csv' })).toBeInTheDocument();
    expect(count('transactions')).toEqual({ n: 0 });

    freeSpace();
    await user.click(within(section).getByRole('button', { name: 'Import 800 rows' }));
    expect(await within(section).findByText('Imported 800 rows; 0 already there.')).toBeInTheDocument();
  });
});
