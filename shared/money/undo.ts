import type { ChannelInput } from '../contract';
import type { DeletedContract, DeletedTransaction } from '../domain/money';

// What a delete returned, turned into the matching restore call's input (the Undo of a toast).

export function transactionRestoreInput(deleted: DeletedTransaction): ChannelInput<'transactions:restore'> {
  return {
    transaction: {
      id: deleted.id,
      occurredAt: deleted.occurredAt,
      amountCents: deleted.amountCents,
      kind: deleted.kind,
      description: deleted.description,
      contractId: deleted.contractId,
      externalId: deleted.externalId,
      groupId: deleted.groupId,
      source: deleted.source,
      createdAt: deleted.createdAt,
      // An imported payment's week worked: without it its hours would lose their pay (docs/money.md).
      workWeek: deleted.workWeek,
      contractRef: deleted.contractRef,
    },
    connects: deleted.connects,
  };
}

export function contractRestoreInput({
  contract: c,
  transactionIds,
}: DeletedContract): ChannelInput<'contracts:restore'> {
  return {
    contract: {
      id: c.id,
      createdAt: c.createdAt,
      upworkId: c.upworkId,
      fields: {
        proposalId: c.proposalId,
        clientName: c.clientName,
        title: c.title,
        contractType: c.contractType,
        rateCents: c.rateCents,
        startedAt: c.startedAt,
        endedAt: c.endedAt,
        status: c.status,
        feedbackGiven: c.feedbackGiven,
        feedbackReceived: c.feedbackReceived,
        notes: c.notes,
      },
    },
    transactionIds,
  };
}
