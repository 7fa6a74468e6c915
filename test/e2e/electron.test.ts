import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../support/temp-db';

// The real Electron shell (window, preload, sandbox, menu). It runs wherever the Electron binary
// and the Electron build of better-sqlite3 exist, and says why it is skipped where they do not.

const require = createRequire(import.meta.url);
const electronDir = resolve('node_modules/electron');

function skipReason(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile) || !existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()))) {
    return 'the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD was set, or its download was blocked)';
  }
  if (!existsSync('node_modules/.bidwell-electron/better_sqlite3.node')) {
    return 'better-sqlite3 has no Electron build yet (run `node scripts/electron-sqlite.mjs`)';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display (run under xvfb-run)';
  }
  if (!existsSync('out/main/index.js')) return 'the app is not built (npm run build)';
  return null;
}

const reason = skipReason();
if (reason) console.log(`Skipping the real-Electron test: ${reason}.`);

describe.skipIf(reason !== null)('the real Electron app', () => {
  it('opens with the sandboxed preload, logs a proposal and keeps it across a restart', async () => {
    const temp = tempDbFile();
    const launch = () =>
      electron.launch({
        executablePath: require('electron') as unknown as string,
        args: ['.'],
        env: { ...process.env, BIDWELL_DB: temp.file },
      });
    try {
      let app = await launch();
      let page = await app.firstWindow();
      expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe(
        'undefined',
      );
      await page.goto(page.url().split('#')[0] + '#/proposals');
      await page.keyboard.press('Control+n');
      await page.getByLabel('Job title').fill('Electron smoke test');
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: 'Electron smoke test' }).waitFor();
      await page.screenshot({ path: 'test-results/screenshots/electron-window.png' });
      await app.close();

      app = await launch();
      page = await app.firstWindow();
      await page.goto(page.url().split('#')[0] + '#/proposals');
      await page.getByRole('link', { name: 'Electron smoke test' }).waitFor();
      await app.close();
    } finally {
      temp.cleanup();
    }
  });
});
