// Which database is open: the user's own, or the generated one of "Try with sample data".
export const DATABASE_KINDS = ['own', 'sample'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];
