import Sqlite from 'better-sqlite3';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupFileName, backupFolder } from '@main/backup/backups';
import { LATEST_VERSION } from '@main/db/migrations';
import type { ChannelInput } from '@shared/contract';
import type { DeletedConnectsEntry, DeletedContract } from '@shared/domain/money';
import type { BackupInfo } from '@shared/domain/backup';
import type { DeletedTransaction } from '@shared/domain/money';
import type { DeletedProposal } from '@shared/domain/proposal';
import { contractRestoreInput, transactionRestoreInput } from '@shared/money/undo';
import { fixtureText } from '../support/fixtures';
import { value } from '../support/results';
import { testApp } from '../support/temp-db';

// The database every fuzz case starts from: a few rows of each kind, so that near-valid ids hit
// real rows, plus what was deleted (for the restore channels) and backups good and bad.

export const FUZZ_NOW = '2026-11-20T10:00:00.000Z';

/** What the arbitraries aim at: the ids and values in the seeded database. */
export interface Known {
  profileIds: number[];
  profileNames: string[];
  proposalIds: number[];
  sentAts: string[];
  eventIds: number[];
  contractIds: number[];
  transactionIds: number[];
  connectsEntryIds: number[];
  jssIds: number[];
  externalIds: string[];
  backupNames: string[];
  /** Snapshots of rows deleted at the end of seeding: what Undo would send back. */
  deletedProposal: DeletedProposal;
  deletedContract: ChannelInput<'contracts:restore'>;
  deletedTransaction: ChannelInput<'transactions:restore'>;
  deletedConnects: DeletedConnectsEntry;
  upworkCsv: string[];
  weeklyCsv: string[];
  proposalCsv: string[];
}

export type FuzzApp = ReturnType<typeof testApp>;

const ids = (app: FuzzApp, table: string) =>
  app.db
    .prepare<[], { id: number }>(`SELECT id FROM ${table} ORDER BY id`)
    .all()
    .map((r) => r.id);

/** Files in the backups folder that are not backups Bidwell can use, under names it would accept. */
function plantBadBackups(app: FuzzApp): void {
  const folder = backupFolder(app.file);
  const at = (minute: number) => new Date(Date.parse(FUZZ_NOW) - minute * 60_000);
  writeFileSync(join(folder, backupFileName(at(50), 'manual')), 'not a database at all');
  const foreign = new Sqlite(join(folder, backupFileName(at(40), 'manual')));
  foreign.exec('CREATE TABLE notes (text TEXT)');
  foreign.close();
  const newer = new Sqlite(join(folder, backupFileName(at(30), 'auto')));
  newer.exec('CREATE TABLE proposals (id INTEGER PRIMARY KEY); PRAGMA user_version = 999');
  newer.close();
  // Pass the quick checks (a proposals table, a version we read) but are not whole Bidwell databases.
  for (const [minute, version] of [
    [20, 2],
    [10, LATEST_VERSION],
  ] as const) {
    const half = new Sqlite(join(folder, backupFileName(at(minute), 'auto')));
    half.exec(`CREATE TABLE proposals (id INTEGER PRIMARY KEY); PRAGMA user_version = ${version}`);
    half.close();
  }
}

export async function seedWorld(app: FuzzApp): Promise<Known> {
  const call = <T>(channel: string, input?: unknown) => value<T>(app.invoke(channel, input) as never);
  call('profiles:create', { name: 'Design', kind: 'specialized' });
  const old = call<{ id: number }>('profiles:create', { name: 'Old agency', kind: 'agency' });
  call('profiles:setArchived', { id: old.id, archived: true });

  const proposal = (jobTitle: string, sentAt: string, extra: Record<string, unknown> = {}) =>
    call<{ id: number }>('proposals:create', { jobTitle, sentAt, connectsSpent: 8, skills: ['React'], ...extra }).id;
  proposal('Stale: no answer yet', '2026-09-01T09:00:00.000Z');
  const viewed = proposal('Viewed', '2026-10-26T09:00:00.000Z', { profileId: 2, jobType: 'hourly' });
  call('proposals:setStatus', { id: viewed, status: 'viewed', occurredAt: '2026-10-27T09:00:00.000Z' });
  const hired = proposal('Hired', '2026-11-02T09:00:00.000Z', { bidCents: 50_000, boostConnects: 4 });
  call('proposals:setStatus', { id: hired, status: 'interviewing', occurredAt: '2026-11-03T09:00:00.000Z' });
  call('proposals:setStatus', { id: hired, status: 'hired', occurredAt: '2026-11-05T09:00:00.000Z' });
  proposal('This week', '2026-11-18T09:00:00.000Z');
  const doomedProposal = proposal('Deleted', '2026-11-10T09:00:00.000Z');
  call('proposals:setStatus', { id: doomedProposal, status: 'declined', occurredAt: '2026-11-12T09:00:00.000Z' });

  const contract = (title: string, proposalId: number | null) =>
    call<{ id: number }>('contracts:create', {
      proposalId,
      clientName: 'Acme',
      title,
      contractType: 'fixed',
      startedAt: '2026-11-05T10:00:00.000Z',
    }).id;
  const linked = contract('From the hire', hired);
  const doomedContract = contract('Direct, deleted', null);
  const transaction = (amountCents: number, kind: string, contractId: number | null) =>
    call<{ id: number }>('transactions:create', {
      occurredAt: '2026-11-12T10:00:00.000Z',
      amountCents,
      kind,
      contractId,
    }).id;
  transaction(50_000, 'fixed_price', linked);
  transaction(-5_000, 'service_fee', linked);
  transaction(2_000, 'bonus', doomedContract);
  const doomedTransaction = transaction(-1_500, 'connects_purchase', null);
  call('import:upworkCommit', { text: fixtureText('upwork/transactions-19col.csv') });
  call('connects:add', { occurredAt: '2026-11-01T00:00:00.000Z', kind: 'grant', connects: 10 });
  const doomedEntry = call<{ entryId: number }>('connects:add', {
    occurredAt: '2026-11-02T00:00:00.000Z',
    kind: 'purchase',
    connects: 80,
    costCents: 1200,
  }).entryId;
  call('health:addJss', { recordedOn: '2026-11-01', score: 92 });
  call('health:setChecklistItem', { item: 'portfolio', done: true });

  const deletedProposal = call<DeletedProposal>('proposals:delete', { id: doomedProposal });
  const deletedContract = contractRestoreInput(call<DeletedContract>('contracts:delete', { id: doomedContract }));
  const deletedTransaction = transactionRestoreInput(
    call<DeletedTransaction>('transactions:delete', { id: doomedTransaction }),
  );
  const deletedConnects = call<DeletedConnectsEntry>('connects:delete', { id: doomedEntry });

  const backup = value<BackupInfo>(await app.invoke('backup:create', undefined));
  plantBadBackups(app);

  return {
    profileIds: ids(app, 'profiles'),
    profileNames: app.db
      .prepare<[], { name: string }>('SELECT name FROM profiles')
      .all()
      .map((r) => r.name),
    proposalIds: ids(app, 'proposals'),
    sentAts: app.db
      .prepare<[], { sent_at: string }>('SELECT sent_at FROM proposals')
      .all()
      .map((r) => r.sent_at),
    eventIds: ids(app, 'proposal_events'),
    contractIds: ids(app, 'contracts'),
    transactionIds: ids(app, 'transactions'),
    connectsEntryIds: ids(app, 'connects_ledger'),
    jssIds: ids(app, 'jss_entries'),
    externalIds: app.db
      .prepare<[], { external_id: string }>('SELECT external_id FROM transactions WHERE external_id IS NOT NULL')
      .all()
      .map((r) => r.external_id),
    backupNames: [backup.name, ...seededBackupFiles(app)].filter((n, i, all) => all.indexOf(n) === i),
    deletedProposal,
    deletedContract,
    deletedTransaction,
    deletedConnects,
    upworkCsv: ['transactions-13col.csv', 'transactions-19col.csv', 'transactions-reordered.csv'].map((f) =>
      fixtureText(`upwork/${f}`),
    ),
    weeklyCsv: ['weekly-2024.csv', 'weekly-bad.csv', 'history-2024-04.csv'].map((f) =>
      fixtureText(`upwork/weekly/${f}`),
    ),
    proposalCsv: ['sheet.csv', 'sheet-bad.csv'].map((f) => fixtureText(`proposals/${f}`)),
  };
}

function seededBackupFiles(app: FuzzApp): string[] {
  return readdirSync(backupFolder(app.file)).sort();
}

/** Puts the files back as seeded after a case on a channel that touches them: the own database open, no new backups. */
export function resetFiles(app: FuzzApp, known: Known): void {
  if (app.session.kind !== 'own') app.session.useDatabase('own');
  const folder = backupFolder(app.file);
  for (const name of readdirSync(folder)) {
    if (!known.backupNames.includes(name)) rmSync(join(folder, name), { force: true });
  }
}
