import type { WeekPdfProblem, WeekPdfResult } from '@shared/domain/review';
import { isoWeekLabel } from '@shared/review/week-label';

// "Save as PDF" on the week review. The Electron calls (printToPDF on the window, the save
// dialog) and the file write come in, so this runs and is tested under plain Node; main/index.ts
// hands in the real ones. The page prints with its own print stylesheet (renderer/src/print.css).

export type Paper = 'A4' | 'Letter';

export interface WeekPdfGlue {
  /** The window's page as PDF, on this paper (webContents.printToPDF in the app). */
  printToPdf(paper: Paper): Promise<Uint8Array>;
  /** The save dialog; null when the user cancels. */
  chooseFile(options: { title: string; defaultName: string; filterName: string }): Promise<string | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Main's translator: the dialog and the file name speak the user's language. */
  t: (key: string, params?: Record<string, string>) => string;
  paper: Paper;
}

/** Letter where it is the usual paper (North America, the Philippines and a few more); A4 elsewhere. */
const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR']);

export function paperFor(countryCode: string): Paper {
  return LETTER_COUNTRIES.has(countryCode.toUpperCase()) ? 'Letter' : 'A4';
}

// Node's errno names for the two failures the user can do something about.
const PROBLEMS: [RegExp, WeekPdfProblem][] = [
  [/^(ENOSPC|EDQUOT)$/, 'diskFull'],
  [/^(EACCES|EPERM|EROFS)$/, 'noPermission'],
];

function problemOf(error: unknown): WeekPdfProblem {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && PROBLEMS.find(([p]) => p.test(code))?.[1]) || 'other';
}

/** Linux's dialog keeps the name as typed: a report saved as "week 47" still opens as a PDF. */
function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}

export function createWeekPdfSaver(glue: WeekPdfGlue) {
  return async function saveWeekPdf(week: string): Promise<WeekPdfResult> {
    const chosen = await glue.chooseFile({
      title: glue.t('review.pdf.dialogTitle'),
      defaultName: glue.t('review.pdf.fileName', { week: isoWeekLabel(week) }),
      filterName: glue.t('review.pdf.filterName'),
    });
    if (chosen === null) return { status: 'cancelled' };
    const path = withPdfExtension(chosen);
    // Printed after the dialog closes, so the PDF never shows the dialog's shadow or a half-drawn page.
    const pdf = await glue.printToPdf(glue.paper);
    try {
      await glue.writeFile(path, pdf);
    } catch (error) {
      return { status: 'failed', path, problem: problemOf(error), detail: (error as Error).message };
    }
    return { status: 'saved', path };
  };
}
