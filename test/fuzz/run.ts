// npm run fuzz: every IPC channel of the contract with FUZZ_RUNS cases each (1,000 by default),
// on a seeded database, and a table of what happened. Exits 1 if any channel answered
// errors.unexpected, threw, changed the database after a refusal, or gave a malformed answer.
// FUZZ_SEED picks another seed; FUZZ_CHANNELS=proposals:restore,backup:restore runs only those.
import { channelNames, type ChannelName } from '@shared/contract';
import { FuzzWorld } from './fuzz-case';
import { fuzzChannel, fuzzSeed, type ChannelStats } from './fuzz-channel';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const only = process.env.FUZZ_CHANNELS?.split(',').map((c) => c.trim());
const channels = only ? channelNames.filter((c) => only.includes(c)) : channelNames;

const COLUMNS: [string, (s: ChannelStats) => number][] = [
  ['runs', (s) => s.runs],
  ['ok', (s) => s.counts.ok],
  ['refusals', (s) => s.counts.refused + s.counts.changedAfterRefusal],
  ['unexpected', (s) => s.counts.unexpected],
  ['db changed after refusal', (s) => s.counts.changedAfterRefusal],
  ['threw', (s) => s.counts.threw],
  ['malformed', (s) => s.counts.malformed],
];

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

const clip = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);

async function main() {
  const world = await FuzzWorld.create();
  const all: ChannelStats[] = [];
  const started = performance.now();
  try {
    for (const channel of channels as ChannelName[]) all.push(await fuzzChannel(world, channel, RUNS));
  } finally {
    world.close();
  }
  const header = ['channel', ...COLUMNS.map(([name]) => name)];
  const lines = all.map((s) => [s.channel, ...COLUMNS.map(([, get]) => String(get(s)))]);
  const totals = ['total', ...COLUMNS.map(([, get]) => String(all.reduce((sum, s) => sum + get(s), 0)))];
  const widths = header.map((_, i) => Math.max(...[header, ...lines, totals].map((cells) => cells[i]!.length)));
  console.log(`Fuzzing ${all.length} channels, ${RUNS} cases each, seed ${fuzzSeed()}`);
  for (const cells of [header, ...lines, totals]) console.log(row(cells, widths));
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const unsound = all.flatMap((s) => s.examples.map((e) => ({ channel: s.channel, ...e })));
  for (const e of unsound) {
    console.log(`\n${e.channel}: ${e.verdict}\n  input: ${clip(JSON.stringify(e.input) ?? 'undefined')}`);
    if (e.detail) console.log(`  detail: ${clip(e.detail)}`);
  }
  process.exitCode = unsound.length > 0 ? 1 : 0;
}

await main();
