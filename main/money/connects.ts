import type { ChannelParsed } from '@shared/contract';
import type { ConnectsEntry, DeletedConnectsEntry } from '@shared/domain/money';
import {
  connectsBalance,
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
    ledger: ({ offset, limit }: ChannelParsed<'connects:ledger'>) => connectsLedger(db, offset, limit, now()),

    /**
     * "I have N Connects now": an adjustment of the difference, dated now, so the balance is N from
     * here on whatever went unrecorded before. Nothing is written when it already is N.
     */
    setBalance: ({ connects, note }: ChannelParsed<'connects:setBalance'>) =>
      db.transaction((): ConnectsEntry | null => {
        const at = now();
        const difference = connects - connectsBalance(db, at);
        if (difference === 0) return null;
        const entry = {
          occurredAt: at.toISOString(),
          kind: 'adjustment' as const,
          connects: difference,
          costCents: null,
          note,
          transactionId: null,
          createdAt: at.toISOString(),
        };
        return shown(insertConnectsEntry(db, entry));
      })(),

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
