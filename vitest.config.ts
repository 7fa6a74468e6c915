import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { pathAliases } from './path-aliases';

// Time limits are caps, not waits: a passing test ends as soon as it is done. They are set for
// a machine running two suites on two cores (docs/testing.md), where the defaults (5 s a test,
// 1 s for findBy/waitFor, set in test/renderer/setup.ts) are too tight.
export default defineConfig({
  test: {
    // "After" hooks in the order written (vitest reads this for the whole run, not per project):
    // the renderer's setup.ts unmounts the app before a test file's afterEach closes the backend's
    // database. In reverse ('stack', the default) a load the still-mounted app started could reach
    // a closed database on a busy machine ("The database connection is not open").
    sequence: { hooks: 'list' },
    projects: [
      {
        resolve: { alias: pathAliases },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/unit/**/*.test.ts',
            'test/db/**/*.test.ts',
            'test/handlers/**/*.test.ts',
            'test/fuzz/**/*.test.ts',
          ],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias: pathAliases },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
