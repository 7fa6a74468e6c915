import type { Database } from 'better-sqlite3';
import type {
  ContractMatch,
  ImportResult,
  RowsAndMoney,
  WeeklySummaryPreview,
  WorkContractPreview,
} from '@shared/domain/imports';
import { coverOf } from '@shared/money/cover';
import { upworkWeek } from '@shared/money/work-week';
import { contractByUpworkId, contractsTitled, insertContract, setContractUpworkId } from '../db/money/contracts';
import { inKeyOrder } from '../db/bulk';
import { insertTransactions, linkTransactionsByRef, paidWeeks, type NewTransaction } from '../db/money/transactions';
import { existingWorkIds, insertWorkEntries, linkWorkEntries, type NewWorkEntry } from '../db/money/work-entries';
import { InputError } from '../core/errors';
import type { DomainContext } from '../core/handler-context';
import { rememberLast } from './last-parse';
import { parseWeeklySummary, type WorkRow } from './weekly-summary-csv';

// Preview and commit of an Upwork Weekly Summary (docs/money.md). Hours are kept per contract and
// day; a row's money becomes an earning only when nothing else pays its contract and week. The
// commit plans again inside its transaction, so it writes exactly what a preview of the same
// database would show.

const LISTED_ISSUES = 200;
const LISTED_CONTRACTS = 50;
const SAMPLE_ROWS = 20;

const weekly = rememberLast(parseWeeklySummary);

interface FileContract {
  upworkId: string;
  /** The title the contract has (an existing one's own) or will have (the file's). */
  title: string;
  match: ContractMatch;
  /** The stored contract; null until a new one is made. */
  id: number | null;
  /** Whether the history's rows naming this title are this contract's (no other contract has the title). */
  ownsTitle: boolean;
  hourly: boolean;
  firstDay: string;
  /** Hourly rate read off the first row with hours. */
  rateCents: number | null;
}

interface Plan {
  parse: ReturnType<typeof parseWeeklySummary>;
  fresh: WorkRow[];
  duplicates: Set<string>;
  contracts: Map<string, FileContract>;
  /** New rows whose money becomes an earning. */
  counted: Set<WorkRow>;
}

/** The file's contracts: found by Upwork id, else the one contract of the same title with no id, else new. */
function fileContracts(db: Database, rows: readonly WorkRow[]): Map<string, FileContract> {
  const contracts = new Map<string, FileContract>();
  for (const row of rows) {
    const known = contracts.get(row.upworkId);
    if (known) {
      known.hourly ||= row.seconds !== null;
      if (known.rateCents === null && row.seconds) known.rateCents = Math.round(row.amountCents / (row.seconds / 3600));
      if (row.day < known.firstDay) known.firstDay = row.day;
      continue;
    }
    const byId = contractByUpworkId(db, row.upworkId);
    const titled = byId ? [] : contractsTitled(db, row.title, 2);
    const adopted = titled.length === 1 && titled[0]!.upworkId === null ? titled[0]! : undefined;
    const found = byId ?? adopted;
    contracts.set(row.upworkId, {
      upworkId: row.upworkId,
      title: found?.title ?? row.title,
      match: byId ? 'id' : adopted ? 'title' : 'new',
      id: found?.id ?? null,
      ownsTitle: false,
      hourly: row.seconds !== null,
      firstDay: row.day,
      rateCents: row.seconds ? Math.round(row.amountCents / (row.seconds / 3600)) : null,
    });
  }
  // A title names one contract only if no other contract, stored or about to be made, has it.
  const newTitles = new Map<string, number>();
  for (const c of contracts.values()) {
    if (c.match === 'new') newTitles.set(c.title.toLowerCase(), (newTitles.get(c.title.toLowerCase()) ?? 0) + 1);
  }
  for (const c of contracts.values()) {
    const stored = contractsTitled(db, c.title, 2).length;
    c.ownsTitle = stored + (newTitles.get(c.title.toLowerCase()) ?? 0) === 1;
  }
  return contracts;
}

const keyOf = (c: FileContract) => (c.id === null ? `new:${c.upworkId}` : String(c.id));

function plan(db: Database, text: string): Plan {
  const parse = weekly.read(text);
  const duplicates = existingWorkIds(
    db,
    parse.rows.map((r) => r.externalId),
  );
  const fresh = parse.rows.filter((r) => !duplicates.has(r.externalId));
  const contracts = fileContracts(db, parse.rows);
  const counted = new Set<WorkRow>();
  if (fresh.length) {
    const weeks = fresh.map((r) => upworkWeek(r.day)).sort();
    const byTitle = new Map([...contracts.values()].filter((c) => c.ownsTitle).map((c) => [c.title.toLowerCase(), c]));
    const covers = coverOf(
      paidWeeks(db, weeks[0]!, weeks.at(-1)!).map((paid) => {
        const named = paid.contractId === null && paid.contractRef ? byTitle.get(paid.contractRef.toLowerCase()) : null;
        return {
          contract: named ? keyOf(named) : paid.contractId === null ? null : String(paid.contractId),
          week: paid.week,
        };
      }),
    );
    for (const row of fresh) {
      if (row.amountCents !== 0 && !covers(keyOf(contracts.get(row.upworkId)!), upworkWeek(row.day))) counted.add(row);
    }
  }
  return { parse, fresh, duplicates, contracts, counted };
}

function rowsAndMoney(rows: Iterable<WorkRow>): RowsAndMoney {
  let count = 0;
  let amountCents = 0;
  for (const row of rows) {
    count++;
    amountCents += row.amountCents;
  }
  return { rows: count, amountCents };
}

export function previewWeeklyImport({ db }: DomainContext, text: string): WeeklySummaryPreview {
  const { parse, fresh, duplicates, contracts, counted } = plan(db, text);
  const perContract = new Map<string, WorkContractPreview>();
  for (const row of fresh) {
    const c = contracts.get(row.upworkId)!;
    const entry = perContract.get(row.upworkId) ?? {
      upworkId: c.upworkId,
      title: c.title,
      match: c.match,
      rows: 0,
      seconds: 0,
      amountCents: 0,
    };
    entry.rows++;
    entry.seconds += row.seconds ?? 0;
    entry.amountCents += row.amountCents;
    perContract.set(row.upworkId, entry);
  }
  const days = fresh.map((r) => r.day).sort();
  return {
    rowCount: parse.rowCount,
    newCount: fresh.length,
    duplicateCount: parse.rows.length - fresh.length,
    seconds: fresh.reduce((sum, r) => sum + (r.seconds ?? 0), 0),
    firstDate: days[0] ? `${days[0]}T12:00:00.000Z` : null,
    lastDate: days.length ? `${days.at(-1)}T12:00:00.000Z` : null,
    contracts: [...perContract.values()]
      .sort((a, b) => b.seconds - a.seconds || b.amountCents - a.amountCents)
      .slice(0, LISTED_CONTRACTS),
    contractCount: perContract.size,
    matched: rowsAndMoney(fresh.filter((r) => r.amountCents !== 0 && !counted.has(r))),
    added: rowsAndMoney(counted),
    rejected: parse.issues.slice(0, LISTED_ISSUES),
    rejectedCount: parse.issues.length,
    sample: parse.rows.slice(0, SAMPLE_ROWS).map((r) => ({
      line: r.line,
      day: r.day,
      contract: `${r.title} (${r.upworkId})`,
      seconds: r.seconds,
      amountCents: r.amountCents,
      payment: r.payment,
      duplicate: duplicates.has(r.externalId),
    })),
    canCommit: parse.issues.length === 0 && fresh.length > 0,
  };
}

/** Makes or adopts each contract of the file, and gives it its rows in the history and in earlier imports. */
function storeContracts(db: Database, contracts: Map<string, FileContract>, now: string): void {
  for (const c of contracts.values()) {
    if (c.match === 'new') {
      c.id = insertContract(
        db,
        {
          proposalId: null,
          // The Weekly Summary does not name the client: the contract's page asks for it.
          clientName: '',
          title: c.title,
          contractType: c.hourly ? 'hourly' : 'fixed',
          rateCents: c.hourly ? c.rateCents : null,
          startedAt: `${c.firstDay}T12:00:00.000Z`,
          endedAt: null,
          status: 'active',
          feedbackGiven: null,
          feedbackReceived: null,
          notes: null,
        },
        now,
      );
    }
    if (c.match !== 'id') setContractUpworkId(db, c.id!, c.upworkId);
    linkWorkEntries(db, c.upworkId, c.id!);
    if (c.ownsTitle) linkTransactionsByRef(db, c.title, c.id!);
  }
}

/** All or nothing: one rejected row refuses the file; hours, contracts and earnings share one transaction. */
export function commitWeeklyImport({ db, now: clock }: DomainContext, text: string): ImportResult {
  const now = clock().toISOString();
  const result = db.transaction(() => {
    const { parse, fresh, contracts, counted } = plan(db, text);
    if (parse.issues.length) {
      const first = parse.issues[0]!;
      throw InputError.field('text', 'validation.importRejected', `Line ${first.line}: ${first.message}`, {
        count: parse.issues.length,
        line: first.line,
      });
    }
    storeContracts(db, contracts, now);
    // Rows first, then the earnings among them, each a chunk at a time (db/bulk.ts): a statement
    // per row was most of a large file's commit.
    const entries: NewWorkEntry[] = [];
    const earnings: NewTransaction[] = [];
    for (const row of fresh) {
      const contract = contracts.get(row.upworkId)!;
      entries.push({
        upworkContractId: row.upworkId,
        contractId: contract.id!,
        day: row.day,
        seconds: row.seconds,
        amountCents: row.amountCents,
        payment: row.payment,
        externalId: row.externalId,
        createdAt: now,
      });
      if (!counted.has(row)) continue;
      earnings.push({
        occurredAt: `${row.day}T12:00:00.000Z`,
        amountCents: row.amountCents,
        kind: row.payment,
        description: `${contract.title} (${row.upworkId})`,
        contractId: contract.id,
        // The row's own key (it starts with WEEKLY_PREFIX): what marks the earning as the Weekly Summary's.
        externalId: row.externalId,
        groupId: null,
        source: 'upwork_csv',
        createdAt: now,
        workWeek: upworkWeek(row.day),
        contractRef: contract.title,
      });
    }
    insertWorkEntries(db, entries);
    insertTransactions(
      db,
      inKeyOrder(earnings, (e) => e.externalId!),
    );
    return { added: fresh.length, duplicates: parse.rows.length - fresh.length };
  })();
  weekly.forget();
  return result;
}
