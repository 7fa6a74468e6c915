import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

function start(hash = '#/proposals') {
  backend = installRealBackend();
  window.location.hash = hash;
  render(<App />);
  return userEvent.setup();
}

describe('logging a proposal (jsdom, real handlers on SQLite)', () => {
  it('explains the empty list and opens the form with Ctrl+N', async () => {
    const user = start();
    expect(await screen.findByRole('heading', { name: 'Log your first proposal' })).toBeInTheDocument();
    await user.keyboard('{Control>}n{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Log a proposal' });
    expect(within(dialog).getByLabelText('Job title')).toHaveFocus();
  });

  it('keeps what was typed and shows each message beside its field', async () => {
    const user = start();
    await screen.findByRole('heading', { name: 'Log your first proposal' });
    await user.click(screen.getAllByRole('button', { name: 'Log proposal' })[0]!);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Bid ($)'), 'a lot');
    await user.type(within(dialog).getByLabelText('Connects spent'), '-3');
    await user.click(within(dialog).getByRole('button', { name: 'Log proposal' }));
    const title = within(dialog).getByLabelText('Job title');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Required');
    expect(within(dialog).getByLabelText('Bid ($)')).toHaveAccessibleDescription('Enter an amount like 45 or 1,250.50');
    expect(within(dialog).getByLabelText('Connects spent')).toHaveAccessibleDescription('At least 0');
    expect(within(dialog).getByLabelText('Bid ($)')).toHaveValue('a lot');
    expect(backend.app.db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: 0 });
  });

  it('keeps the draft when the form is closed with Escape, and remembers defaults after saving', async () => {
    const user = start();
    await screen.findByRole('heading', { name: 'Log your first proposal' });
    await user.keyboard('{Control>}n{/Control}');
    await user.type(await screen.findByLabelText('Job title'), 'Half-typed title');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.keyboard('{Control>}n{/Control}');
    expect(await screen.findByLabelText('Job title')).toHaveValue('Half-typed title');

    await user.type(screen.getByLabelText('Connects spent'), '12');
    await user.selectOptions(screen.getByLabelText('Job type'), 'fixed');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('link', { name: 'Half-typed title' })).toBeInTheDocument();

    await user.keyboard('{Control>}n{/Control}');
    expect(await screen.findByLabelText('Job title')).toHaveValue('');
    await waitFor(() => expect(screen.getByLabelText('Connects spent')).toHaveValue('12'));
    expect(screen.getByLabelText('Job type')).toHaveValue('fixed');
  });

  it('opens the form from the menu command too', async () => {
    start();
    await screen.findByRole('heading', { name: 'Log your first proposal' });
    backend.menu('new-proposal');
    expect(await screen.findByRole('dialog', { name: 'Log a proposal' })).toBeInTheDocument();
  });
});

describe('proposals list', () => {
  it('filters by status and records an outcome with undo', async () => {
    backend = installRealBackend();
    for (const jobTitle of ['Alpha', 'Beta']) backend.app.invoke('proposals:create', { jobTitle });
    window.location.hash = '#/proposals';
    render(<App />);
    const user = userEvent.setup();
    const alphaRow = (await screen.findByRole('link', { name: 'Alpha' })).closest('tr')!;
    await user.selectOptions(within(alphaRow).getByRole('combobox'), 'hired');
    expect(await screen.findByText('Marked as Hired')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Filter by status'), 'hired');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Beta' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Alpha' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByText('No proposals match these filters.')).toBeInTheDocument());
    expect(backend.app.db.prepare("SELECT status FROM proposals WHERE job_title = 'Alpha'").get()).toEqual({
      status: 'sent',
    });
  });
});

describe('time zone setting', () => {
  it('shows dates in the zone chosen in Settings', async () => {
    backend = installRealBackend('2026-11-25T10:00:00Z'); // after the proposal: none is sent in the future
    backend.app.invoke('proposals:create', { jobTitle: 'Late evening bid', sentAt: '2026-11-22T20:00:00Z' });
    backend.app.invoke('settings:update', { timeZone: 'Asia/Manila' });
    window.location.hash = '#/proposals';
    render(<App />);
    const row = (await screen.findByRole('link', { name: 'Late evening bid' })).closest('tr')!;
    // 20:00 UTC on the 22nd is 04:00 on the 23rd in Manila.
    await waitFor(() => expect(row).toHaveTextContent('Nov 23, 2026'));
  });
});

describe('proposal detail', () => {
  it('deletes with undo that brings it back', async () => {
    backend = installRealBackend();
    const created = backend.app.invoke('proposals:create', { jobTitle: 'Keep me' });
    if (!created.ok) throw new Error('seed failed');
    window.location.hash = `#/proposals/${(created.value as { id: number }).id}`;
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted “Keep me”')).toBeInTheDocument();
    expect(backend.app.db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: 0 });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Keep me' })).toBeInTheDocument();
  });

  it("links to Upwork's http job post as https, and shows a link Bidwell will not open as text", async () => {
    backend = installRealBackend();
    const upwork = backend.app.invoke('proposals:create', {
      jobTitle: 'Old Upwork link',
      jobUrl: 'http://www.upwork.com/jobs/~01abc',
    });
    const other = backend.app.invoke('proposals:create', {
      jobTitle: 'Plain http elsewhere',
      jobUrl: 'http://example.com/job/7',
    });
    if (!upwork.ok || !other.ok) throw new Error('seed failed');
    window.location.hash = `#/proposals/${(upwork.value as { id: number }).id}`;
    const { unmount } = render(<App />);
    expect(await screen.findByRole('link', { name: 'Open job on Upwork' })).toHaveAttribute(
      'href',
      'https://www.upwork.com/jobs/~01abc',
    );
    unmount();

    window.location.hash = `#/proposals/${(other.value as { id: number }).id}`;
    render(<App />);
    expect(
      await screen.findByText(
        'http://example.com/job/7 (Bidwell opens only https links; copy it into your browser if you trust it)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open job on Upwork' })).not.toBeInTheDocument();
  });

  it('says why an undo is refused when a proposal logged since took the id', async () => {
    backend = installRealBackend();
    const created = backend.app.invoke('proposals:create', { jobTitle: 'Gone for good' });
    if (!created.ok) throw new Error('seed failed');
    window.location.hash = `#/proposals/${(created.value as { id: number }).id}`;
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted “Gone for good”');
    // Logged in another window meanwhile: SQLite gives it the freed id.
    backend.app.invoke('proposals:create', { jobTitle: 'Newer' });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByText('This can no longer be undone: something added since has taken its place'),
    ).toBeInTheDocument();
    expect(backend.app.db.prepare('SELECT job_title FROM proposals').all()).toEqual([{ job_title: 'Newer' }]);
  });
});

describe('contract from a hire', () => {
  it('offers "Add contract" once hired, prefilled from the proposal', async () => {
    backend = installRealBackend();
    const created = backend.app.invoke('proposals:create', {
      jobTitle: 'Data pipeline',
      jobType: 'fixed',
      bidCents: 90000,
    });
    if (!created.ok) throw new Error('seed failed');
    const id = (created.value as { id: number }).id;
    window.location.hash = `#/proposals/${id}`;
    render(<App />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Data pipeline' });
    expect(screen.queryByRole('button', { name: 'Add contract' })).not.toBeInTheDocument();
    await user.click(
      within(screen.getByRole('group', { name: 'Record an outcome' })).getByRole('button', { name: 'Hired' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Add contract' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a contract' });
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Data pipeline');
    await user.type(within(dialog).getByLabelText('Client'), 'Acme Logistics');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Contract “Data pipeline” added')).toBeInTheDocument();
    expect(
      backend.app.db.prepare('SELECT proposal_id, client_name, contract_type, rate_cents FROM contracts').all(),
    ).toEqual([{ proposal_id: id, client_name: 'Acme Logistics', contract_type: 'fixed', rate_cents: 90000 }]);
  });
});

describe('profiles', () => {
  it('creates, refuses a duplicate beside the field, and archives with undo', async () => {
    const user = start('#/profiles');
    await screen.findByText('General');
    await user.type(screen.getByLabelText('Name'), 'General');
    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    expect(await screen.findByLabelText('Name')).toHaveAccessibleDescription(
      'A profile named “General” already exists',
    );
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Data viz');
    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    const row = (await screen.findByText('Data viz')).closest('li')!;
    await user.click(within(row).getByRole('button', { name: 'Archive' }));
    expect(await screen.findByText('Archived Data viz')).toBeInTheDocument();
    expect(
      backend.app.db.prepare("SELECT archived_at IS NOT NULL AS archived FROM profiles WHERE name = 'Data viz'").get(),
    ).toEqual({ archived: 1 });
  });
});
