import { afterEach, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../support/postgres';
import { postgresSkipReason } from '../support/use-postgres';
import { fakeKeychain } from '../support/fake-keychain';
import { eventually, startApp, type RunningApp } from './harness';

// The Sync screen in Chromium against a real PostgreSQL: connected, then paused with the server down.

let app: RunningApp | undefined;
let server: PostgresServer | undefined;
afterEach(async () => {
  await app?.close();
  await server?.dispose();
  app = server = undefined;
});

describe.skipIf(postgresSkipReason() !== undefined)('the Sync screen in Chromium', () => {
  it('connects, syncs, and says it is paused when the server is down', async () => {
    server = await startPostgres();
    const team = await server.createDatabase('team_e2e');
    app = await startApp({ secrets: fakeKeychain });
    const { page } = app;
    await page.goto(`${app.url}#/sync`);
    await page.getByRole('heading', { name: 'Sync' }).waitFor();
    await expect.poll(() => page.locator('p.sync-status').textContent()).toContain('Sync is off');

    await page.getByLabel('Host').fill('127.0.0.1');
    await page.getByLabel('Port').fill(String(server.port));
    await page.getByLabel('Database').fill(team.database!);
    await page.getByLabel('User').fill(team.user!);
    await page.getByLabel('Password').fill(String(team.password));
    await page.getByLabel('Encryption (TLS)').selectOption('off');
    await page.getByLabel('Your name in the team').fill('Ana');
    await page.getByRole('button', { name: 'Save connection' }).click();
    await page.getByText('A password is kept (encrypted); leave blank to keep it').waitFor();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await eventually(async () =>
      expect(await page.locator('p.sync-status').textContent()).toMatch(/^Last synced .* · 0 changes waiting$/),
    );
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await app.screenshot('sync-01-connected');

    await server.stop();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await eventually(async () =>
      expect(await page.locator('p.sync-status').textContent()).toContain('Paused: cannot reach the server, retrying.'),
    );
    await app.screenshot('sync-02-paused');
  });
});
