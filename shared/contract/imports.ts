import { z } from 'zod';
import {
  DATE_ORDERS,
  PROPOSAL_IMPORT_FIELDS,
  type ImportResult,
  type ProposalImportPreview,
  type UpworkImportPreview,
  type WeeklySummaryPreview,
} from '../domain/imports';
import { channel } from './define';

/**
 * The renderer reads the chosen file (File.text()) and sends its text: it cannot open files.
 * The one cap, for memory (the text, its rows and the preview are all held at once): 64 MB is
 * about 550,000 rows of the 19-column history or 1.5 million Weekly Summary rows, an agency's
 * many years; past it, refuse before parsing anything. There is no cap on rows.
 */
export const MAX_IMPORT_CHARS = 64_000_000;
const fileText = z.string().max(MAX_IMPORT_CHARS, 'validation.fileTooBig');

const columnName = z.string().max(300).nullable();
export const proposalMappingSchema = z.strictObject(
  Object.fromEntries(PROPOSAL_IMPORT_FIELDS.map((field) => [field, columnName.optional()])) as Record<
    (typeof PROPOSAL_IMPORT_FIELDS)[number],
    z.ZodOptional<typeof columnName>
  >,
);

const proposalImport = z.strictObject({
  text: fileText,
  /** Null: guess from the headers (the first preview). */
  mapping: proposalMappingSchema.nullable().default(null),
  dateOrder: z.enum(DATE_ORDERS).default('mdy'),
});

export const importChannels = {
  /** Reads the file and says what an import would do; writes nothing. */
  'import:upworkPreview': channel<UpworkImportPreview>()(z.strictObject({ text: fileText })),
  /** Adds every new row in one transaction, or nothing if any row is rejected. */
  'import:upworkCommit': channel<ImportResult>()(z.strictObject({ text: fileText })),
  /** The Weekly Summary: hours per contract and day, its money only where the history has none (docs/money.md). */
  'import:weeklyPreview': channel<WeeklySummaryPreview>()(z.strictObject({ text: fileText })),
  'import:weeklyCommit': channel<ImportResult>()(z.strictObject({ text: fileText })),
  'import:proposalsPreview': channel<ProposalImportPreview>()(proposalImport),
  'import:proposalsCommit': channel<ImportResult>()(proposalImport),
};
