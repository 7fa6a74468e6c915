import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { insertSampleData } from '@main/db/data/sample-data';
import { foldWriteAheadLog, openDatabase } from '@main/db/open';
import { generateSample } from '@shared/sample-data/generate';
import { fixedClock } from '../support/clock';

// The bench's databases: the sample generator's history of `size` proposals over three years,
// built once and kept in a temporary folder between runs (1,000,000 proposals take minutes to
// build). A file is named after its size and a fingerprint of everything that decides its
// content: the schema a fresh database gets (tables, indexes, triggers) and the generator's
// source, so a new migration or a changed generator builds it again, and stale files are removed.

/** "Now" of every bench: the history ends here, and handlers are asked as of this instant. */
export const BENCH_NOW = '2026-11-20T10:00:00.000Z';
const SEED = 42;
const WEEKS = 156;
const CACHE_DIR = process.env.BENCH_CACHE ?? join(tmpdir(), 'bidwell-bench');
const GENERATOR_SOURCES = [
  'shared/sample-data/generate.ts',
  'shared/sample-data/catalogue.ts',
  'shared/sample-data/random.ts',
  'main/db/data/sample-data.ts',
];

export const clock = fixedClock(BENCH_NOW);

function fingerprint(): string {
  const hash = createHash('sha256').update(`${SEED} ${WEEKS} ${BENCH_NOW}\n`);
  for (const file of GENERATOR_SOURCES) hash.update(readFileSync(resolve(file)));
  const dir = join(CACHE_DIR, `schema-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const db = openDatabase(join(dir, 'empty.sqlite3'), { now: clock });
    const schema = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all();
    hash.update(JSON.stringify(schema));
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return hash.digest('hex').slice(0, 12);
}

function build(file: string, size: number): void {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const db = openDatabase(partial, { now: clock });
  let started = performance.now();
  const sample = generateSample({ seed: SEED, end: BENCH_NOW, weeks: WEEKS, count: size });
  const generateMs = performance.now() - started;
  started = performance.now();
  const written = insertSampleData(db, sample, BENCH_NOW);
  console.log(
    `  built ${written.proposals} proposals, ${written.events} status changes ` +
      `(generate ${Math.round(generateMs)} ms, insert ${Math.round(performance.now() - started)} ms)`,
  );
  foldWriteAheadLog(db);
  db.close();
  renameSync(partial, file);
}

let printed: string | undefined;

/**
 * A copy of the cached database of `size` proposals at `target` (built first if missing): each
 * size's measurements write (proposals logged), and the cached file stays as built.
 */
export function benchDatabase(size: number, target: string): void {
  printed ??= fingerprint();
  mkdirSync(CACHE_DIR, { recursive: true });
  const name = `${size}-${printed}.sqlite3`;
  const present = readdirSync(CACHE_DIR);
  for (const stale of present.filter((f) => f.startsWith(`${size}-`) && f !== name)) {
    rmSync(join(CACHE_DIR, stale), { force: true });
  }
  const file = join(CACHE_DIR, name);
  if (!present.includes(name)) {
    console.log(`Building the ${size.toLocaleString('en')}-proposal database (kept in ${CACHE_DIR})`);
    build(file, size);
  }
  copyFileSync(file, target);
  // On disk before anything is timed: otherwise the first commits' fsyncs wait for the copy's
  // gigabyte of dirty pages (ext4 flushes them with the journal), and "logging a proposal" at
  // 1,000,000 would measure the copy.
  const fd = openSync(target, 'r+');
  fsyncSync(fd);
  closeSync(fd);
}
