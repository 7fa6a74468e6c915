import Sqlite, { type Database } from 'better-sqlite3';
import { LATEST_VERSION } from '../migrations';
import { userVersion } from '../migrate';
import { prepared } from '../statements';
import { schemaShortfall } from './schema-shortfall';

// The SQLite side of backups: copying the open database into a file, and checking that a file
// is a whole Bidwell database this version can open. Naming, folders and the swap are
// main/backup/'s.

/**
 * Copies the open database page by page while other calls keep running (the backup API steps
 * between them), then makes the copy one self-contained file: it inherits WAL mode otherwise.
 */
export async function copyOpenDatabase(db: Database, file: string): Promise<void> {
  await db.backup(file);
  const copy = new Sqlite(file);
  copy.pragma('journal_mode = DELETE');
  copy.close();
}

/** Why this file cannot be restored (integrity, not Bidwell's, too new, incomplete); null when it can. */
export function backupFileProblem(file: string, at: Date): string | null {
  let db: Database | undefined;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]!.integrity_check !== 'ok') {
      return rows
        .map((r) => r.integrity_check)
        .join('; ')
        .slice(0, 300);
    }
    const version = userVersion(db);
    if (version < 1) return 'it is not a Bidwell database';
    if (version > LATEST_VERSION) return `it was made by a newer Bidwell (schema ${version})`;
    const hasProposals = prepared(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'proposals'").get();
    if (!hasProposals) return 'it is not a Bidwell database';
    return schemaShortfall(db, at);
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}
