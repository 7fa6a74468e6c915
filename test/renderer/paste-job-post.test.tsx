import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

// A job post copied from its Upwork page fills the log form (the parser itself is tested in
// test/unit/job-post-*.test.ts); every filled field says so and stays editable.

let backend: ReturnType<typeof installRealBackend>;
afterEach(() => backend.app.cleanup());

const fixture = (name: string) => readFileSync(resolve('test/fixtures/job-posts', name), 'utf8');

function start(hash = '#/proposals') {
  backend = installRealBackend();
  window.location.hash = hash;
  render(<App />);
  return userEvent.setup();
}

async function openLog(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('heading', { name: 'Log your first proposal' });
  await user.keyboard('{Control>}n{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Log a proposal' });
  await waitFor(() => expect(within(dialog).getByLabelText('Job title')).toHaveFocus());
  return dialog;
}

const FILLED_FROM_HOURLY_FULL = {
  'Job title': 'Shopify storefront speed fixes and theme cleanup',
  'Job link': 'https://www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1',
  'Job type': 'hourly',
  'Connects spent': '16',
  Skills: 'Shopify, Liquid, JavaScript, Web Performance Optimization, Shopify Theme, Google PageSpeed Insights',
  'Proposals on the job': '20to50',
  'Client country': 'United States',
  'Payment verified': 'yes',
  'Client hire rate (%)': '78',
  'Client total spent ($)': '12000',
  'Client rating': '4.85',
  // "Posted 2 hours ago": 90 to 180 minutes before the paste, all in the 1-4 hours band.
  'Minutes after posting': '135',
  // The job and client fields kept since migration 12.
  'Experience level': 'intermediate',
  'Project length': '1to3months',
  'Client reviews': '12',
  'Jobs the client posted': '23',
  "Client's open jobs": '2',
  "Client's hires": '15',
  'Client member since': '2019-03-12',
  // And since migration 14: the job's price as posted, its type, the Connects it asks, active hires.
  "Job's hourly rate from ($)": '25',
  "Job's hourly rate up to ($)": '50',
  'Project type': 'ongoing',
  'Connects the job asks': '16',
  "Client's active hires": '3',
};

describe('pasting a job post into the log form', () => {
  it('fills the form from the paste in the title, marks each field, and Enter saves it', async () => {
    const user = start();
    const dialog = await openLog(user);
    await user.paste(fixture('hourly-full.txt'));

    for (const [label, value] of Object.entries(FILLED_FROM_HOURLY_FULL)) {
      const field = within(dialog).getByLabelText(label);
      expect(field, label).toHaveValue(value);
      expect(field, label).toHaveAccessibleDescription(expect.stringContaining('from the paste'));
    }
    // The proposal's own choices are never taken from the post.
    expect(within(dialog).getByLabelText('Rate ($ per hour)')).toHaveValue('');
    expect(within(dialog).getByLabelText('Rate ($ per hour)')).not.toHaveAccessibleDescription(
      expect.stringContaining('from the paste'),
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent('Filled 24 fields from the paste');

    // Changing a filled field makes it the user's own: its mark goes.
    const connects = within(dialog).getByLabelText('Connects spent');
    await user.clear(connects);
    await user.type(connects, '20');
    expect(connects).not.toHaveAccessibleDescription(expect.stringContaining('from the paste'));

    await user.click(within(dialog).getByLabelText('Job title'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      backend.app.db
        .prepare(
          `SELECT job_title, job_url, job_type, connects_spent, proposals_band, client_country,
                  client_payment_verified, client_hire_rate, client_total_spent_cents, client_rating,
                  minutes_after_posting, bid_cents, experience_level, project_length, client_review_count,
                  client_jobs_posted, client_open_jobs, client_hires, client_member_since,
                  hourly_min_cents, hourly_max_cents, fixed_budget_cents, project_type, connects_required,
                  client_active_hires FROM proposals`,
        )
        .all(),
    ).toEqual([
      {
        job_title: 'Shopify storefront speed fixes and theme cleanup',
        job_url: 'https://www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1',
        job_type: 'hourly',
        connects_spent: 20,
        proposals_band: '20to50',
        client_country: 'United States',
        client_payment_verified: 1,
        client_hire_rate: 78,
        client_total_spent_cents: 1_200_000,
        client_rating: 4.85,
        minutes_after_posting: 135,
        bid_cents: null,
        experience_level: 'intermediate',
        project_length: '1to3months',
        client_review_count: 12,
        client_jobs_posted: 23,
        client_open_jobs: 2,
        client_hires: 15,
        client_member_since: '2019-03-12',
        hourly_min_cents: 2500,
        hourly_max_cents: 5000,
        fixed_budget_cents: null,
        project_type: 'ongoing',
        // What the job asks stays apart from what the user paid (changed to 20 above).
        connects_required: 16,
        client_active_hires: 3,
      },
    ]);
  });

  it('fills the link alone from a pasted job link, and leaves a plain title paste alone', async () => {
    const user = start();
    const dialog = await openLog(user);
    await user.paste('Fix a slow Shopify store');
    expect(within(dialog).getByLabelText('Job title')).toHaveValue('Fix a slow Shopify store');
    expect(within(dialog).getByLabelText('Job title')).not.toHaveAccessibleDescription(
      expect.stringContaining('from the paste'),
    );

    await user.click(within(dialog).getByLabelText('Job link'));
    await user.paste('https://www.upwork.com/freelance-jobs/apply/Fix-slow-store_~01abcdef0123456789/?referrer=x');
    expect(within(dialog).getByLabelText('Job link')).toHaveValue('https://www.upwork.com/jobs/~01abcdef0123456789');
    expect(within(dialog).getByLabelText('Job title')).toHaveValue('Fix a slow Shopify store');
  });

  it('says so when the paste area gets text that is no job post, changing nothing', async () => {
    const user = start();
    const dialog = await openLog(user);
    await user.click(within(dialog).getByLabelText('Paste the job post'));
    await user.paste('Dear client, I would love to help.');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Nothing in this text looks like an Upwork job post');
    expect(within(dialog).getByLabelText('Job title')).toHaveValue('');
  });

  it('opens the form filled from Ctrl/Cmd+Shift+V (the menu sends the copied text)', async () => {
    start();
    await screen.findByRole('heading', { name: 'Log your first proposal' });
    backend.menu('paste-job-post', fixture('fixed-full.txt'));
    const dialog = await screen.findByRole('dialog', { name: 'Log a proposal' });
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Job title')).toHaveValue(
        'Migrate a .NET Framework 4.8 API to ASP.NET Core 8',
      ),
    );
    expect(within(dialog).getByLabelText('Job type')).toHaveValue('fixed');
  });
});

describe('a title longer than main keeps', () => {
  it('says so beside the field instead of cutting it, and saves nothing', async () => {
    const user = start();
    const dialog = await openLog(user);
    await user.paste('x'.repeat(10_000));
    const title = within(dialog).getByLabelText('Job title');
    expect(title).toHaveValue('x'.repeat(10_000));
    expect(title).toHaveAccessibleDescription('At most 300 characters');
    await user.keyboard('{Enter}');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(backend.app.db.prepare('SELECT count(*) AS n FROM proposals').get()).toEqual({ n: 0 });
  });
});
