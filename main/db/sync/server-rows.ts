import type { ClientBase } from 'pg';

// Push and pull on the team's server (docs/sync.md). A row is upserted by (table, global id) and
// kept only if its clock is later than the one there (last writer wins; a tombstone is a row too).

/** A row's state as it travels: its data (references as global ids), or deleted. */
export interface SyncRow {
  tbl: string;
  gid: string;
  hlc: number;
  device: string;
  deleted: boolean;
  data: Record<string, unknown> | null;
}

export interface PulledRow extends SyncRow {
  seq: number;
}

/**
 * Upserts rows in one transaction; a row the server has from a later clock stays as it is, so a
 * push repeated after a crash changes nothing. The transaction-wide lock makes pushes take their
 * sequence numbers one after another, so numbers commit in order and a pull never skips one.
 */
export async function pushRows(client: ClientBase, rows: readonly SyncRow[], member: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('bidwell:push'))`);
    await client.query(
      `INSERT INTO bidwell.rows AS r (tbl, gid, hlc, device, member, created_by, deleted, data, seq)
       SELECT t.tbl, t.gid, t.hlc, t.device, $7, $7, t.deleted, t.data, nextval('bidwell.change_seq')
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::boolean[], $6::jsonb[])
         AS t (tbl, gid, hlc, device, deleted, data)
       ON CONFLICT (tbl, gid) DO UPDATE
         SET hlc = EXCLUDED.hlc, device = EXCLUDED.device, member = EXCLUDED.member,
             deleted = EXCLUDED.deleted, data = EXCLUDED.data, seq = EXCLUDED.seq
         WHERE (r.hlc, r.device) < (EXCLUDED.hlc, EXCLUDED.device)`,
      [
        rows.map((r) => r.tbl),
        rows.map((r) => r.gid),
        rows.map((r) => r.hlc),
        rows.map((r) => r.device),
        rows.map((r) => r.deleted),
        rows.map((r) => (r.data === null ? null : JSON.stringify(r.data))),
        member,
      ],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** The newest change number committed: a pull reads up to it, so what it reads is complete. */
export async function latestSeq(client: ClientBase): Promise<number> {
  const result = await client.query<{ seq: string }>('SELECT coalesce(max(seq), 0) AS seq FROM bidwell.rows');
  return Number(result.rows[0]!.seq);
}

/**
 * One page of changes in (after, upTo], oldest first, leaving out this device's own: of one table,
 * or of every table at once (tbl null; the caller applies them parents first, so only a page that
 * holds everything may be read this way: a parent changed again later sorts after its children).
 */
export async function pullPage(
  client: ClientBase,
  tbl: string | null,
  after: number,
  upTo: number,
  device: string,
  limit: number,
): Promise<PulledRow[]> {
  const result = await client.query<{
    tbl: string;
    gid: string;
    hlc: string;
    device: string;
    deleted: boolean;
    data: Record<string, unknown> | null;
    seq: string;
  }>(
    `SELECT tbl, gid, hlc, device, deleted, data, seq FROM bidwell.rows
     WHERE ($1::text IS NULL OR tbl = $1) AND seq > $2 AND seq <= $3 AND device <> $4
     ORDER BY seq LIMIT $5`,
    [tbl, after, upTo, device, limit],
  );
  return result.rows.map((r) => ({ ...r, hlc: Number(r.hlc), seq: Number(r.seq) }));
}
