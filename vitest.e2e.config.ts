import { defineConfig } from 'vitest/config';
import { pathAliases } from './path-aliases';

// Chromium and Electron tests: one file at a time (each starts a browser). Each step waits for what
// it needs (Playwright's locators, eventually()); the test timeout only stops a hung test. It is
// generous because a whole scenario is slow on a busy 2-core machine: the health test logs 30
// proposals by keyboard, 32-41 s here with other work running, and failed once in CI at 60 s.
export default defineConfig({
  resolve: { alias: pathAliases },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
