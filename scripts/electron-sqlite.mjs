#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into node_modules/.bidwell-electron/, beside (never over)
// the Node build that `npm test` uses. main/paths.ts loads it through better-sqlite3's nativeBinding
// option, so `npm test` and `npm start` both work, in either order, with no manual rebuild.
//
// It tries the prebuilt binary first (prebuild-install, as better-sqlite3's own install does), then
// compiles against Electron's headers with node-gyp. npm's config may point node-gyp at Node's headers
// (nodedir): that build would "succeed" with the wrong ABI, so the variable is removed and the result
// is checked: a binary that loads in plain Node is a Node build and is refused.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'node_modules', '.bidwell-electron');
const outFile = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');

const electronVersion = require('electron/package.json').version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;
const abi = readFileSync(require.resolve('electron/abi_version'), 'utf8').trim();
const stamp = JSON.stringify({ electronVersion, sqliteVersion, abi, platform: process.platform, arch: process.arch });

if (existsSync(outFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is up to date.`);
  process.exit(0);
}

const env = { ...process.env };
for (const key of Object.keys(env)) {
  if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)) delete env[key];
}

const work = mkdtempSync(join(tmpdir(), 'bidwell-electron-sqlite-'));
const copy = join(work, 'better-sqlite3');
cpSync(sqliteDir, copy, { recursive: true, filter: (src) => !src.includes(`${join(sqliteDir, 'build')}`) });

function run(command, args) {
  execFileSync(command, args, { cwd: copy, env, stdio: 'inherit' });
}

function nodeGyp() {
  const bundled = join(
    dirname(process.execPath),
    '..',
    'lib',
    'node_modules',
    'npm',
    'node_modules',
    'node-gyp',
    'bin',
    'node-gyp.js',
  );
  return process.env.npm_config_node_gyp || bundled;
}

try {
  try {
    run(process.execPath, [
      require.resolve('prebuild-install/bin.js', { paths: [sqliteDir] }),
      '--runtime=electron',
      `--target=${electronVersion}`,
      '--verbose',
    ]);
  } catch {
    console.log('No prebuilt binary for this Electron; compiling against its headers…');
    run(process.execPath, [
      nodeGyp(),
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  }
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  assertNotNodeAbi(built);
  mkdirSync(outDir, { recursive: true });
  copyFileSync(built, outFile);
  writeFileSync(stampFile, stamp);
  console.log(`better-sqlite3 built for Electron ${electronVersion} (ABI ${abi}): ${outFile}`);
} catch (error) {
  console.error(`\nCould not build better-sqlite3 for Electron ${electronVersion}: ${error.message}`);
  console.error(
    'It needs either the prebuilt binary (GitHub) or Electron headers (electronjs.org) and a C++ toolchain.',
  );
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function assertNotNodeAbi(file) {
  try {
    process.dlopen({ exports: {} }, file);
  } catch (error) {
    if (/NODE_MODULE_VERSION/.test(error.message)) return; // Built for another runtime: as wanted.
    throw error;
  }
  throw new Error(`${file} loads in Node ${process.version}: it was built against Node's headers, not Electron's.`);
}
