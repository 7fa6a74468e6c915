import { z } from 'zod';
import type { ExportFile } from '../domain/export';
import { channel } from './define';

export const exportChannels = {
  'export:proposalsCsv': channel<ExportFile>()(z.undefined()),
  'export:transactionsCsv': channel<ExportFile>()(z.undefined()),
  /** Everything, as JSON: every table of the database. */
  'export:json': channel<ExportFile>()(z.undefined()),
};
