import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headlessDesktop } from '@main/core/desktop';
import { fillSampleIfEmpty } from '@main/db/data/sample-data';
import { createTranslator } from '@main/i18n/translator';
import { createWeekPdfSaver } from '@main/review/week-pdf';
import { addDays, weekStartDate } from '@shared/metrics/weeks';
import { TEST_NOW, testToday } from '../support/clock';
import { brightnessSpread, readPngGray } from '../support/png';
import { startApp, type RunningApp } from './harness';

// The week report (issue 11): "Save as PDF" on the week review of a sample week. The save runs
// main's own week-pdf.ts with Chromium's page.pdf standing in for Electron's printToPDF (both
// print the page with its print stylesheet), and the save dialog answering with a folder under
// test-results. The PDF is then turned into PNG pages (pdftoppm, poppler-utils) for a person to
// look at, and its pages are checked for count, ink and the week's title (pdftotext).

const OUT = resolve('test-results/week-report');

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function saveReport(language: 'en' | 'zh-CN') {
  const folder = join(OUT, language);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const t = createTranslator(language).t;
  app = await startApp({
    locale: language,
    seed: (db) => fillSampleIfEmpty(db, new Date(TEST_NOW)),
    desktop: {
      ...headlessDesktop,
      saveWeekPdf: createWeekPdfSaver({
        printToPdf: async (paper) => new Uint8Array(await app!.page.pdf({ format: paper, printBackground: true })),
        chooseFile: async ({ defaultName }) => join(folder, defaultName),
        writeFile: (path, data) => writeFile(path, data),
        t: (key, params) => t(key, params),
        paper: 'A4',
      }),
    },
  });
  const { page } = app;
  const week = addDays(weekStartDate(testToday(), 'monday'), -7);
  await page.goto(`${app.url}#/weeks/${week}`);
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  await page.locator('.proposals-table').waitFor();
  return { page, folder, week, title: (await heading.textContent())!.trim() };
}

/** The PDF's pages as PNG files (60 dpi, enough to read), in page order. */
function pngPages(pdf: string, prefix: string): string[] {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
  const dir = join(prefix, '..');
  const base = prefix.slice(dir.length + 1);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}

function pageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

/** pdftotext's words with the line breaks and spacing folded, to find a title that wrapped. */
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const folded = (text: string) => text.replace(/\s+/g, '');

describe('the week report as PDF, in Chromium', () => {
  it('saves the sample week as "Bidwell week <ISO week>.pdf": its pages carry the title and ink, without the app around it', async () => {
    const { page, folder, title } = await saveReport('en');
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    const saved = await page.getByText(/^Week report saved: /).textContent();
    const file = saved!.replace(/^Week report saved: /, '');
    expect(file).toMatch(/\/Bidwell week \d{4}-W\d\d\.pdf$/);
    expect(file.startsWith(folder)).toBe(true);

    const pages = pngPages(file, join(folder, 'page'));
    expect(pages.length).toBe(pageCount(file));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    for (const png of pages) expect(brightnessSpread(readPngGray(png))).toBeGreaterThan(8);

    const text = pdfText(file);
    expect(folded(text)).toContain(folded(title));
    // The app's chrome and controls stay on screen: no sidebar, no buttons, no way back.
    for (const absent of ['Save as PDF', 'Previous week', 'Log proposal', 'Insights'])
      expect(text).not.toContain(absent);
    await app!.screenshot('week-report-01-screen');
  });

  it('Ctrl+P saves it too, and a zh-CN report is in Chinese, with real glyphs', async () => {
    const { page, folder, title } = await saveReport('zh-CN');
    await page.keyboard.press('Control+P');
    const saved = await page.getByText(/^周报已保存：/).textContent();
    const file = saved!.replace(/^周报已保存：/, '');
    expect(file).toMatch(/\/Bidwell 周报 \d{4}-W\d\d\.pdf$/);

    const pages = pngPages(file, join(folder, 'page'));
    expect(pages.length).toBe(pageCount(file));
    for (const png of pages) expect(brightnessSpread(readPngGray(png))).toBeGreaterThan(8);
    expect(folded(pdfText(file))).toContain(folded(title));
    // Chinese in the text layer; that the glyphs are drawn (fonts-noto-cjk), not boxes, was looked at in the PNG pages.
    expect(title).toMatch(/[\u4e00-\u9fff]/);
  });
});
