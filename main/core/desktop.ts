/**
 * What the operating system does for main beyond files: Electron's `app` and `shell` in the app
 * (main/index.ts hands them in), a stand-in under Node, so no module tests load imports electron.
 */
export interface Desktop {
  /** The app's version, as the About box shows it. */
  readonly version: string;
  /** Shows a folder in the system's file manager; rejects with the reason when it cannot. */
  openFolder(path: string): Promise<void>;
}

/** Where there is no file manager to open (tests, the benchmark). */
export const headlessDesktop: Desktop = {
  version: 'development',
  openFolder: (path) => Promise.reject(new Error(`No file manager to show ${path} in`)),
};
