import { copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { vi } from 'vitest';
import type { Database } from 'better-sqlite3';
import { channelNames } from '@shared/contract';
import type { Desktop } from '@main/core/desktop';
import type { SecretStore } from '@main/core/secrets';
import { Session } from '@main/session';
import { fixedClock, TEST_NOW, TEST_ZONE } from '../support/clock';
import { tempDbFile } from '../support/temp-db';
import { pinPageClock } from './page-clock';

// Runs the built renderer in Debian's Chromium. The preload is stood in for by a binding that
// calls the very same invoker (validation + handler table) on a real temporary SQLite file.
// Main's clock and the page's clock are pinned to the same instant, and the page runs in the
// tests' zone (TZ), so the browser and the handlers agree on "now" and "this computer's zone".

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve('test-results/screenshots');
// BIDWELL_OUT lets parallel work build into its own folder (electron-vite build --outDir).
const RENDERER_DIR = resolve(process.env.BIDWELL_OUT ?? 'out', 'renderer');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

function serveRenderer(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(RENDERER_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(RENDERER_DIR + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export interface RunningApp {
  page: Page;
  browser: Browser;
  /** The database open right now (the user's own unless the page switched to sample data). */
  readonly db: Database;
  session: Session;
  dbFile: string;
  url: string;
  /** Saves test-results/screenshots/<name>.png. */
  screenshot(name: string): Promise<string>;
  /** Simulates a menu item (what Electron's menu sends; `text`: the clipboard's, for 'paste-job-post'). */
  menuCommand(command: string, text?: string): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  colorScheme?: 'light' | 'dark';
  /** The browser's language (navigator.language), which picks the UI language; en-US by default. */
  locale?: string;
  /** Seeds the database before the page loads. */
  seed?: (db: Database) => void;
  /** Starts from a copy of this database file (the bench's 100,000 proposals) instead of an empty one. */
  database?: string;
  /** "Now" for both main and the page, an ISO instant; the pinned test instant by default. */
  now?: string;
  /** The system keychain stand-in (the Sync screen keeps a password with it). */
  secrets?: SecretStore;
  /** What main's shell does beyond files (the week report's PDF); none by default. */
  desktop?: Desktop;
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('Build the renderer first: npm run build');
  const temp = tempDbFile();
  if (options.database) copyFileSync(options.database, temp.file);
  const now = options.now ?? TEST_NOW;
  const session = new Session({
    ownFile: temp.file,
    sampleFile: join(temp.dir, 'sample.sqlite3'),
    now: fixedClock(now),
    log: { warn: (m) => console.warn(m), error: (m, d) => console.error(m, d) },
    ...(options.secrets ? { secrets: options.secrets } : {}),
    ...(options.desktop ? { desktop: options.desktop } : {}),
  });
  options.seed?.(session.db);
  const server = await serveRenderer();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 820 },
    locale: options.locale ?? 'en-US',
    timezoneId: TEST_ZONE,
    colorScheme: options.colorScheme ?? 'light',
  });
  await pinPageClock(context, now);
  // The same sender check main does: only our own page may call.
  await context.exposeBinding('__bidwellInvoke', ({ frame }, channel: string, input: unknown) =>
    frame.url().startsWith(url)
      ? session.invoke(channel, input)
      : { ok: false, error: { key: 'errors.untrustedSender', message: 'refused', fields: [] } },
  );
  await context.addInitScript((names: string[]) => {
    const listeners = new Set<(command: string, text?: string) => void>();
    const w = globalThis as unknown as Record<string, unknown>;
    const invokeBinding = w.__bidwellInvoke as (channel: string, input: unknown) => Promise<unknown>;
    const api: Record<string, unknown> = Object.fromEntries(
      names.map((name) => [name, (input: unknown) => invokeBinding(name, input)]),
    );
    api.onMenuCommand = (listener: (command: string, text?: string) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    w.bidwell = api;
    w.__bidwellMenu = (command: string, text?: string) => listeners.forEach((l) => l(command, text));
  }, channelNames as string[]);

  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The built page carries the app's CSP: anything it blocks (or any directive it ignores) is a bug.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.goto(url);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    page,
    browser,
    get db() {
      return session.db;
    },
    session,
    dbFile: temp.file,
    url,
    async screenshot(name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async menuCommand(command, text) {
      await page.evaluate(
        ([c, t]) => (globalThis as unknown as { __bidwellMenu(c: string, t?: string): void }).__bidwellMenu(c, t),
        [command, text] as const,
      );
    },
    async close() {
      await browser.close();
      server.close();
      session.close();
      temp.cleanup();
      if (errors.length) throw new Error(`Page errors: ${errors.join('; ')}`);
    },
  };
}

export const chromiumMissing = !existsSync(CHROMIUM);

/**
 * Retries an assertion until it passes or the time runs out (the UI updates asynchronously).
 * The limit is generous: it only matters when something is wrong or the machine is very busy.
 */
export function eventually(assertion: () => Promise<void> | void, timeoutMs = 20_000): Promise<void> {
  return vi.waitFor(assertion, { timeout: timeoutMs, interval: 50 });
}
