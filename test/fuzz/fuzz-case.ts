import type { ChannelName } from '@shared/contract';
import { snapshot } from '../support/db-snapshot';
import { testApp } from '../support/temp-db';
import { hasTranslation } from './catalogues';
import { FUZZ_NOW, resetFiles, seedWorld, type FuzzApp, type Known } from './world';

// One fuzz case: a channel called with one input on the seeded database, and the verdict.
// The property: the call never throws, never answers errors.unexpected, answers something IPC
// can carry, words every refusal in each catalogue, and changes nothing when it refuses.

export type Verdict = 'ok' | 'refused' | 'unexpected' | 'changedAfterRefusal' | 'threw' | 'malformed';
export const SOUND: readonly Verdict[] = ['ok', 'refused'];

export interface CaseOutcome {
  verdict: Verdict;
  detail?: string;
}

/** Channels that switch or replace the database file: run outside a transaction and reset file by file. */
const TOUCHES_FILES: ReadonlySet<ChannelName> = new Set([
  'backup:create',
  'backup:restore',
  'backup:openFolder',
  'data:use',
]);

const contentOf = (app: FuzzApp) => JSON.stringify(snapshot(app.db));

function isResult(value: unknown): value is { ok: boolean; error?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

interface Refusal {
  key: string;
  message: string;
  fields: { path: string; key: string; params: Record<string, unknown>; message: string }[];
}

function untranslatedKeyOf({ key, fields }: Refusal): string | undefined {
  if (!hasTranslation(`common.${key}`)) return `common.${key}`;
  return fields.find((field) => !hasTranslation(field.key))?.key;
}

function judge(result: unknown, unchanged: () => boolean): CaseOutcome {
  if (!isResult(result)) return { verdict: 'malformed', detail: `not a result: ${String(result)}` };
  try {
    structuredClone(result);
  } catch (error) {
    return { verdict: 'malformed', detail: `IPC cannot carry the answer: ${(error as Error).message}` };
  }
  if (result.ok) return { verdict: 'ok' };
  const refusal = result.error as Refusal;
  if (refusal.key === 'errors.unexpected') return { verdict: 'unexpected', detail: refusal.message };
  if (!unchanged()) return { verdict: 'changedAfterRefusal', detail: JSON.stringify(refusal) };
  const untranslated = untranslatedKeyOf(refusal);
  if (untranslated) return { verdict: 'malformed', detail: `no translation for ${untranslated}` };
  return { verdict: 'refused' };
}

export class FuzzWorld {
  private constructor(
    readonly app: FuzzApp,
    readonly known: Known,
  ) {}

  static async create(): Promise<FuzzWorld> {
    const app = testApp(FUZZ_NOW);
    return new FuzzWorld(app, await seedWorld(app));
  }

  /**
   * Calls the channel as IPC would (the input structured-cloned) and judges the answer. Database
   * channels run inside a transaction rolled back afterwards, so every case starts from the seed.
   */
  async run(channel: ChannelName, input: unknown): Promise<CaseOutcome> {
    const wire: unknown = structuredClone(input);
    const { app } = this;
    const inTransaction = !TOUCHES_FILES.has(channel);
    const db = app.db;
    if (inTransaction) db.exec('BEGIN');
    try {
      const before = contentOf(app);
      const kind = app.session.kind;
      let result: unknown;
      try {
        result = await app.invoke(channel, wire);
      } catch (error) {
        return { verdict: 'threw', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      }
      // A handler that commits or rolls back the caller's transaction would make a rollback lie.
      if (inTransaction && !db.inTransaction)
        return { verdict: 'malformed', detail: 'ended the transaction around it' };
      return judge(result, () => app.session.kind === kind && contentOf(app) === before);
    } finally {
      if (!inTransaction) resetFiles(app, this.known);
      else if (db.inTransaction) db.exec('ROLLBACK');
    }
  }

  close(): void {
    this.app.cleanup();
  }
}
