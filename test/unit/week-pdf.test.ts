import { describe, expect, it } from 'vitest';
import { createTranslator } from '@main/i18n/translator';
import { createWeekPdfSaver, paperFor, type Paper, type WeekPdfGlue } from '@main/review/week-pdf';
import { isoWeekLabel } from '@shared/review/week-label';

// "Save as PDF" on the week review, through its factory: the Electron calls and the file write
// are stand-ins recording what they were asked, so every outcome is a plain input.

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]); // "%PDF"

function fsError(code: string) {
  return Object.assign(new Error(`${code}: cannot write`), { code });
}

function glue(overrides: Partial<WeekPdfGlue> = {}, language: 'en' | 'zh-CN' = 'en') {
  const calls = { dialogs: [] as unknown[], printed: [] as Paper[], written: [] as [string, Uint8Array][] };
  const t = createTranslator(language).t;
  const save = createWeekPdfSaver({
    printToPdf: async (paper) => {
      calls.printed.push(paper);
      return PDF;
    },
    chooseFile: async (options) => {
      calls.dialogs.push(options);
      return `/home/ana/Documents/${options.defaultName}`;
    },
    writeFile: async (path, data) => void calls.written.push([path, data]),
    t: (key, params) => t(key, params),
    paper: 'A4',
    ...overrides,
  });
  return { save, calls };
}

describe('the week report as PDF', () => {
  it('offers "Bidwell week 2026-W47.pdf", prints on the chosen paper and writes the file', async () => {
    const { save, calls } = glue({ paper: 'Letter' });
    const path = '/home/ana/Documents/Bidwell week 2026-W47.pdf';
    await expect(save('2026-11-16')).resolves.toEqual({ status: 'saved', path });
    expect(calls.dialogs).toEqual([
      { title: 'Save the week report', defaultName: 'Bidwell week 2026-W47.pdf', filterName: 'PDF document' },
    ]);
    expect(calls.printed).toEqual(['Letter']);
    expect(calls.written).toEqual([[path, PDF]]);
  });

  it("names the file in the user's language", async () => {
    const { save, calls } = glue({}, 'zh-CN');
    await save('2026-11-16');
    expect(calls.dialogs).toEqual([
      { title: '保存周报', defaultName: 'Bidwell 周报 2026-W47.pdf', filterName: 'PDF 文档' },
    ]);
  });

  it('a cancelled dialog prints and writes nothing', async () => {
    const { save, calls } = glue({ chooseFile: async () => null });
    await expect(save('2026-11-16')).resolves.toEqual({ status: 'cancelled' });
    expect(calls.printed).toEqual([]);
    expect(calls.written).toEqual([]);
  });

  it('adds ".pdf" to a name typed without it', async () => {
    const { save } = glue({ chooseFile: async () => '/tmp/week 47' });
    await expect(save('2026-11-16')).resolves.toEqual({ status: 'saved', path: '/tmp/week 47.pdf' });
  });

  it.each([
    ['ENOSPC', 'diskFull'],
    ['EDQUOT', 'diskFull'],
    ['EACCES', 'noPermission'],
    ['EPERM', 'noPermission'],
    ['EROFS', 'noPermission'],
    ['EISDIR', 'other'],
  ])('a write failing with %s is told as %s, with the path', async (code, problem) => {
    const { save } = glue({
      writeFile: () => Promise.reject(fsError(code)),
      chooseFile: async () => '/mnt/usb/report.pdf',
    });
    await expect(save('2026-11-16')).resolves.toEqual({
      status: 'failed',
      path: '/mnt/usb/report.pdf',
      problem,
      detail: `${code}: cannot write`,
    });
  });
});

describe('ISO week labels and paper', () => {
  it.each([
    ['2026-11-16', '2026-W47'], // a Monday-start week
    ['2026-11-15', '2026-W47'], // the Sunday-start week holding the same Thursday
    ['2026-11-14', '2026-W47'], // a Saturday-start week: its Thursday is Nov 19
    ['2026-12-28', '2026-W53'], // 2026 has 53 ISO weeks
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'], // the week is named by its Thursday's year
    ['2021-01-04', '2021-W01'],
    ['2020-12-28', '2020-W53'],
  ])('the week starting %s is %s', (start, label) => {
    expect(isoWeekLabel(start)).toBe(label);
  });

  it.each([
    ['US', 'Letter'],
    ['ca', 'Letter'],
    ['PH', 'Letter'],
    ['DE', 'A4'],
    ['CN', 'A4'],
    ['', 'A4'],
  ])('%j prints on %s', (country, paper) => {
    expect(paperFor(country)).toBe(paper);
  });
});
