import { defineConfig } from 'vitest/config';
import { pathAliases } from './path-aliases';

// Chromium and Electron tests: one file at a time (each starts a browser), generous timeouts.
export default defineConfig({
  resolve: { alias: pathAliases },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
