import { parseJobPost } from '@shared/job-post/parse';
import { MAX_PASTE_CHARACTERS } from '@shared/navigation';
import { now } from '../lib/clock';
import { fromLocalInput } from '../forms/values';
import { fillFromJobPost } from './job-post-fill';
import type { FormField, ProposalFormValues } from './proposal-form-model';

/** The log form's draft: what is typed, and which fields the last paste filled (marked as such). */
export interface LogDraft {
  values: ProposalFormValues;
  filled: FormField[];
}

/**
 * The draft with a pasted job post read into it, or null when the text shows nothing the form
 * knows (a plain title pasted into the title field stays an ordinary paste).
 */
export function pasteIntoDraft(draft: LogDraft, text: string, zone: string): LogDraft | null {
  const pastedAt = now().toISOString();
  const { fields } = parseJobPost(text.slice(0, MAX_PASTE_CHARACTERS), { now: pastedAt });
  if (Object.keys(fields).length === 0) return null;
  const sentAt = fromLocalInput(draft.values.sentAt, zone) ?? pastedAt;
  const { values, filled } = fillFromJobPost(draft.values, fields, sentAt);
  // A second paste replaces the first one's marks; the user's own edits are unmarked already.
  return { values, filled };
}
