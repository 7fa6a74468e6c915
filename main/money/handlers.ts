import type { connectsChannels } from '@shared/contract/connects';
import type { contractChannels } from '@shared/contract/contracts';
import type { moneyChannels } from '@shared/contract/money';
import type { transactionChannels } from '@shared/contract/transactions';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';
import { connectsService } from './connects';
import { contractService } from './contracts';
import { hourlyRates } from './hourly-rates';
import { moneySummaryFor } from './summary';
import { transactionService } from './transactions';

type MoneyChannels = typeof contractChannels &
  typeof transactionChannels &
  typeof connectsChannels &
  typeof moneyChannels;

export function moneyHandlers(context: HandlerContext): DomainHandlers<MoneyChannels> {
  const contracts = contractService(context);
  const transactions = transactionService(context);
  const connects = connectsService(context);
  return {
    'contracts:list': () => contracts.list(),
    'contracts:create': (input) => contracts.create(input),
    'contracts:update': (input) => contracts.update(input),
    'contracts:delete': ({ id }) => contracts.remove(id),
    'contracts:restore': (input) => contracts.restore(input),

    'transactions:list': (filter) => transactions.list(filter),
    'transactions:create': (input) => transactions.create(input),
    'transactions:update': (input) => transactions.update(input),
    'transactions:delete': ({ id }) => transactions.remove(id),
    'transactions:restore': (input) => transactions.restore(input),

    'connects:ledger': (page) => connects.ledger(page),
    'connects:add': (input) => connects.add(input),
    'connects:setBalance': (input) => connects.setBalance(input),
    'connects:delete': ({ id }) => connects.remove(id),
    'connects:restore': (entry) => connects.restore(entry),

    'money:summary': (range) => moneySummaryFor(context, range),
    'money:hourlyRates': () => hourlyRates(context),
  };
}
