import { z } from 'zod';
import type { WeekPdfResult } from '../domain/review';
import { asyncChannel } from './define';
import { weekDate } from './dashboard';

export const reviewChannels = {
  /** The week review printed to PDF (its print stylesheet) and saved where the user chooses. */
  'review:savePdf': asyncChannel<WeekPdfResult>()(z.strictObject({ week: weekDate })),
};
