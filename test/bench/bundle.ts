import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchModule } from './module';

// The built renderer's size (npm run bench builds first): the JavaScript the first screen loads
// before anything shows (index.html's entry script and the modules it preloads) and everything
// the renderer may ever load, JavaScript and CSS, gzipped as zlib does by default.
// Target (issue 15): the first screen's JavaScript under 250 KB gzipped.

const RENDERER_DIR = resolve(process.env.BIDWELL_OUT ?? 'out', 'renderer');
const TARGET_KB = 250;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzipped = (file: string) => gzipSync(readFileSync(join(RENDERER_DIR, file))).length;

/** The scripts index.html loads up front: its module entry and every modulepreload. */
export function initialScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => /type="module"/.test(tag) || /rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="\.\/([^"]+)"/.exec(tag)?.[1])
    .filter((path): path is string => path !== undefined);
}

const bundle: BenchModule = {
  once() {
    const initial = initialScripts(readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8'));
    const all = readdirSync(join(RENDERER_DIR, 'assets'))
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => `assets/${f}`);
    const sum = (files: string[]) => files.reduce((total, f) => total + gzipped(f), 0);
    return [
      { name: 'initial_js_gzip_kb', value: kb(sum(initial)), target: TARGET_KB },
      { name: 'initial_js_files', value: initial.length },
      { name: 'renderer_gzip_kb', value: kb(sum(all)) },
      { name: 'renderer_files', value: all.length },
    ];
  },
};

export default bundle;
