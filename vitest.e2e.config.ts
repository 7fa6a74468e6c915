import { defineConfig } from 'vitest/config';

// Chromium and Electron tests: one file at a time (each starts a browser), generous timeouts.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
