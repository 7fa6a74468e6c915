// A sync in a process of its own that SIGKILLs itself at a chosen point, as a crash or a power cut
// would (test/db/postgres-sync-crash.test.ts). Arguments: the SQLite file, the connection as JSON,
// the instant "now" is pinned at, and where to die: `before-commit:N` (the Nth push transaction
// never committed), `after-commit:N` (committed on the server, not yet cleared here) or
// `pull-page:N` (N - 1 pages applied here, the cursor not moved).
import pg, { type ClientConfig } from 'pg';
import { openDatabase } from '@main/db/open';
import { syncOnce } from '@main/sync/engine';
import { fixedClock } from './clock';

const [file, connection, now, killAt] = process.argv.slice(2) as [string, string, string, string];
const [point, nth] = killAt.split(':') as ['before-commit' | 'after-commit' | 'pull-page', string];
const clock = fixedClock(now);
let seen = 0;
const die = (text: string, when: typeof point) => {
  const counts = when === 'pull-page' ? text.includes('ORDER BY seq') : text === 'COMMIT';
  if (when === point && counts && ++seen === Number(nth)) process.kill(process.pid, 'SIGKILL');
};

const client = new pg.Client(JSON.parse(connection) as ClientConfig);
const query = client.query.bind(client) as (text: string, values?: unknown[]) => Promise<unknown>;
const watched = async (text: string, values?: unknown[]) => {
  die(text, 'before-commit');
  die(text, 'pull-page');
  const result = await query(text, values);
  die(text, 'after-commit');
  return result;
};
(client as unknown as { query: typeof watched }).query = watched;

await client.connect();
const db = openDatabase(file, { now: clock });
await syncOnce(db, client, { now: clock, member: 'Crash', batch: 20 });
// Reaching here means the kill point was never met: the test says so.
process.exit(3);
