import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './main/app-protocol';
import { pathAliases } from './path-aliases';
import { channelNames } from './shared/contract';

/**
 * The CSP goes into the built page only: Vite's dev server needs inline scripts for hot reload.
 * frame-ancestors works only as a header (main's protocol handler sends it); in a meta tag the
 * browser ignores it with a console warning, so it is left out there.
 */
const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

function cspMeta(): Plugin {
  return {
    name: 'bidwell-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    resolve: { alias: pathAliases },
    build: {
      rollupOptions: { input: { index: resolve('main/index.ts') } },
    },
  },
  preload: {
    // The channel names, read from the contract at build time: the preload needs nothing else of
    // it, and so carries no zod and no schemas into the page's process.
    resolve: { alias: pathAliases },
    define: { __BIDWELL_CHANNELS__: JSON.stringify(channelNames) },
    build: {
      // A sandboxed preload can require only 'electron': everything else is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('main/preload/index.ts') },
        // A sandboxed preload must be CommonJS, even in a "type": "module" package.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    resolve: { alias: pathAliases },
    plugins: [react(), cspMeta()],
    build: {
      // electron-vite leaves the renderer unminified; minified, the first screen parses in a
      // fraction of the time (issue 15: the window waited on 2.1 MB of JavaScript).
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
