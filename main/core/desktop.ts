import type { WeekPdfResult } from '@shared/domain/review';

/**
 * What the operating system does for main beyond files: Electron's `app` and `shell` in the app
 * (main/index.ts hands them in), a stand-in under Node, so no module tests load imports electron.
 */
export interface Desktop {
  /** The app's version, as the About box shows it. */
  readonly version: string;
  /** Shows a folder in the system's file manager; rejects with the reason when it cannot. */
  openFolder(path: string): Promise<void>;
  /** The week review printed to PDF and saved where the user chooses (main/review/week-pdf.ts). */
  saveWeekPdf(week: string): Promise<WeekPdfResult>;
}

/** Where there is no file manager to open (tests, the benchmark). */
export const headlessDesktop: Desktop = {
  version: 'development',
  openFolder: (path) => Promise.reject(new Error(`No file manager to show ${path} in`)),
  // An answer, not a throw: under Node (the fuzz tests, the benchmark) there is simply no window.
  saveWeekPdf: (week) =>
    Promise.resolve({
      status: 'failed',
      path: '',
      problem: 'other',
      detail: `No window to print the week of ${week} from`,
    }),
};
