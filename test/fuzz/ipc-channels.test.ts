import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '@shared/contract';
import { FuzzWorld } from './fuzz-case';
import { channelProperty, fuzzChannel, fuzzSeed } from './fuzz-channel';

// `npm run fuzz` runs 1,000 cases per channel and prints the counts; this is the same property
// with a few cases each, so `npm test` notices a new unexpected error within seconds.
const RUNS = Number(process.env.FUZZ_TEST_RUNS ?? 15);

let world: FuzzWorld;
beforeAll(async () => {
  world = await FuzzWorld.create();
});
afterAll(() => world.close());

describe('every IPC channel, fuzzed: no unexpected error, no throw, nothing changed by a refusal', () => {
  it.each(channelNames)('%s', async (channel) => {
    await fc.assert(channelProperty(world, channel, { strict: true }), { numRuns: RUNS, seed: fuzzSeed() });
  });
});

describe('the fuzz verdicts', () => {
  const invoke = () => world.app.invoke;
  const refusal = { ok: false, error: { key: 'errors.invalidInput', message: 'no', fields: [] } };

  /** Runs `fake` in place of the app's invoke for one case of health:addJss. */
  async function verdictWith(fake: (...args: Parameters<ReturnType<typeof invoke>>) => unknown) {
    const real = world.app.invoke;
    world.app.invoke = fake as typeof real;
    try {
      return await world.run('health:addJss', { recordedOn: '2026-11-01', score: 80 });
    } finally {
      world.app.invoke = real;
    }
  }

  it('tells a clean refusal from one that changed the database', async () => {
    expect(await verdictWith(() => refusal)).toEqual({ verdict: 'refused' });
    const writesThenRefuses = () => {
      world.app.db.prepare("INSERT INTO profile_checklist (item, done_at) VALUES ('rateSet', 'x')").run();
      return refusal;
    };
    expect((await verdictWith(writesThenRefuses)).verdict).toBe('changedAfterRefusal');
  });

  it('catches unexpected errors, throws, untranslated keys and answers IPC cannot carry', async () => {
    const unexpected = {
      ok: false,
      error: { key: 'errors.unexpected', message: 'UNIQUE constraint failed', fields: [] },
    };
    expect(await verdictWith(() => unexpected)).toEqual({ verdict: 'unexpected', detail: 'UNIQUE constraint failed' });
    expect(
      (
        await verdictWith(() => {
          throw new Error('boom');
        })
      ).verdict,
    ).toBe('threw');
    const untranslated = {
      ok: false,
      error: {
        key: 'errors.invalidInput',
        message: '',
        fields: [{ path: 'x', key: 'validation.noSuchKey', params: {}, message: '' }],
      },
    };
    expect(await verdictWith(() => untranslated)).toEqual({
      verdict: 'malformed',
      detail: 'no translation for validation.noSuchKey',
    });
    expect((await verdictWith(() => ({ ok: true, value: () => 1 }))).verdict).toBe('malformed');
  });

  it('counts a handler failing on real input as unexpected, with the input that did it', async () => {
    world.app.db.exec(
      "CREATE TRIGGER jss_fails BEFORE INSERT ON jss_entries BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    );
    try {
      const stats = await fuzzChannel(world, 'health:addJss', 40);
      expect(stats.counts.unexpected).toBeGreaterThan(0);
      expect(stats.examples[0]).toMatchObject({ verdict: 'unexpected', detail: 'disk on fire' });
    } finally {
      world.app.db.exec('DROP TRIGGER jss_fails');
    }
  });
});
