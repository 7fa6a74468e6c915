import { resolve } from 'node:path';

// The path aliases of tsconfig.base.json ("paths"), for Vite and vitest, which do not read them
// from there. An import that leaves its own top-level folder uses one; imports within a folder
// stay relative (docs/architecture.md).
export const pathAliases = {
  '@shared': resolve(import.meta.dirname, 'shared'),
  '@main': resolve(import.meta.dirname, 'main'),
  '@renderer': resolve(import.meta.dirname, 'renderer/src'),
};
