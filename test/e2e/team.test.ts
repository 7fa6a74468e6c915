import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientConfig } from 'pg';
import type { Proposal } from '@shared/domain/proposal';
import { startPostgres, type PostgresServer } from '../support/postgres';
import { postgresSkipReason } from '../support/use-postgres';
import { fakeKeychain } from '../support/fake-keychain';
import { value } from '../support/results';
import { testApp } from '../support/temp-db';
import { startApp, type RunningApp, type StartOptions } from './harness';

// The team view in Chromium against a real PostgreSQL: two members' proposals pushed by two other
// computers, then a third computer opens the Team screen (light, dark, zh-CN) for a person to look at.

const NOW = '2026-11-20T10:00:00.000Z';
let server: PostgresServer | undefined;
let team: ClientConfig;

/** A member's computer: logs proposals (sent, and the statuses they reached) and syncs them. */
async function member(name: string, proposals: [string, number, string[]][]) {
  const device = testApp(NOW, { secrets: fakeKeychain });
  try {
    value(device.invoke('settings:update', { timeZone: 'UTC' }));
    value(device.invoke('sync:save', connection(name)));
    for (const [sentAt, connectsSpent, statuses] of proposals) {
      const p = value<Proposal>(device.invoke('proposals:create', { jobTitle: 'Job', sentAt, connectsSpent }));
      for (const status of statuses) {
        value(device.invoke('proposals:setStatus', { id: p.id, status, occurredAt: '2026-11-20T09:00:00Z' }));
      }
    }
    expect(value<{ problem: unknown }>(await device.invoke('sync:now', undefined)).problem).toBeNull();
  } finally {
    device.cleanup();
  }
}

const connection = (name: string) => ({
  host: '127.0.0.1',
  port: server!.port,
  database: team.database!,
  user: team.user!,
  password: String(team.password),
  tls: 'off',
  member: name,
});

describe.skipIf(postgresSkipReason() !== undefined)('the Team screen in Chromium', () => {
  beforeAll(async () => {
    server = await startPostgres();
    team = await server.createDatabase('team_view_e2e');
    await member('Ana Souza', [
      ['2026-11-16T09:00:00Z', 6, ['viewed']],
      ['2026-11-17T09:00:00Z', 6, ['viewed', 'interviewing']],
      ['2026-11-18T09:00:00Z', 8, ['hired']],
      ['2026-11-19T09:00:00Z', 2, []],
      ['2026-11-10T09:00:00Z', 4, ['viewed']],
      ['2026-11-04T09:00:00Z', 6, ['viewed', 'interviewing', 'offer']],
    ]);
    await member('Ben Okafor', [
      ['2026-11-16T10:00:00Z', 10, []],
      ['2026-11-20T08:00:00Z', 5, ['offer']],
      ['2026-11-11T09:00:00Z', 12, ['viewed']],
      ['2026-11-12T09:00:00Z', 4, []],
    ]);
  }, 120_000);
  afterAll(async () => {
    await server?.dispose();
  });

  async function open(options: StartOptions): Promise<RunningApp> {
    const app = await startApp({ now: NOW, secrets: fakeKeychain, ...options });
    value(app.session.invoke('settings:update', { timeZone: 'UTC' }));
    value(app.session.invoke('sync:save', connection('Owner')));
    await app.page.goto(`${app.url}#/team`);
    return app;
  }

  it('shows each member’s weekly funnel and the team’s total', async () => {
    const app = await open({});
    try {
      const week = app.page.getByRole('region', { name: 'Week of Nov 16, 2026' });
      await expect.poll(() => week.getByRole('row').count()).toBe(4);
      expect(await week.getByRole('row', { name: /^Team/ }).textContent()).toBe('Team667% (4)50% (3)17% (1)37');
      expect(await app.page.getByRole('link', { name: 'Team' }).getAttribute('aria-current')).toBe('page');
      await app.screenshot('team-01-light');
    } finally {
      await app.close();
    }
  });

  it('reads well in the dark theme and in Chinese', async () => {
    for (const [options, shot, heading] of [
      [{ colorScheme: 'dark' }, 'team-02-dark', 'Team'],
      [{ locale: 'zh-CN' }, 'team-03-zh', '团队'],
    ] as const) {
      const app = await open(options);
      try {
        await app.page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await app.page.locator('.team-table').first().waitFor();
        await app.screenshot(shot);
      } finally {
        await app.close();
      }
    }
  });

  it('says the figures need the server while it is down', async () => {
    const app = await open({});
    try {
      await app.page.locator('.team-table').first().waitFor();
      await server!.stop();
      await app.page.getByLabel('Weeks shown').selectOption('8');
      await app.page.getByText(/^Team figures need the server/).waitFor();
      await app.screenshot('team-04-offline');
    } finally {
      await server!.restart();
      await app.close();
    }
  });
});
