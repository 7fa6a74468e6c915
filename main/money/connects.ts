import type { ChannelParsed } from '@shared/contract';
import type { ConnectsEntry, DeletedConnectsEntry } from '@shared/domain/money';
import {
  connectsLedger,
  deleteConnectsEntry,
  getConnectsEntry,
  insertConnectsEntry,
  ledgerEntry,
  type StoredConnectsEntry,
} from '../db/money/connects';
import { InputError, NotFoundError } from '../core/errors';
import type { DomainContext } from '../core/handler-context';

/** A stored entry as Undo gets it back: everything but its link to a transaction. */
export function deletedEntry(entry: StoredConnectsEntry): DeletedConnectsEntry {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt,
    kind: entry.kind,
    connects: entry.connects,
    costCents: entry.costCents,
    note: entry.note,
    createdAt: entry.createdAt,
  };
}

/** The Connects ledger's own entries (purchases, grants, refunds, adjustments). */
export function connectsService({ db, now }: DomainContext) {
  const shown = (entryId: number): ConnectsEntry => ledgerEntry(db, entryId)!;

  return {
    ledger: ({ offset, limit }: ChannelParsed<'connects:ledger'>) => connectsLedger(db, offset, limit),

    add: (input: ChannelParsed<'connects:add'>) =>
      db.transaction(() =>
        shown(insertConnectsEntry(db, { ...input, transactionId: null, createdAt: now().toISOString() })),
      )(),

    remove: (id: number) =>
      db.transaction(() => {
        const entry = getConnectsEntry(db, id);
        if (!entry) throw new NotFoundError('Connects entry', id);
        if (entry.transactionId !== null) {
          throw InputError.field(
            'id',
            'validation.importedConnects',
            'This purchase came with a transaction: delete that instead',
          );
        }
        deleteConnectsEntry(db, id);
        return deletedEntry(entry);
      })(),

    restore: (entry: ChannelParsed<'connects:restore'>) =>
      db.transaction(() => {
        if (getConnectsEntry(db, entry.id)) {
          throw InputError.field('id', 'validation.alreadyExists', 'This entry is already there');
        }
        insertConnectsEntry(db, { ...entry, transactionId: null });
        return shown(entry.id);
      })(),
  };
}
