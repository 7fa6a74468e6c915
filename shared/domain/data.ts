// Which database is open: the user's own, or the generated one of "Try with sample data".
export const DATABASE_KINDS = ['own', 'sample'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

/** What the About box tells: the version, and where the data lives. */
export interface AboutInfo {
  version: string;
  /** The user's own database file. */
  ownFile: string;
  sampleFile: string;
  backupsFolder: string;
  /** The database open now. */
  open: DatabaseKind;
}
