import { MAX_FIELD_LINE, pageLines } from './text';

// A job page is a run of sections under headings. Some belong to this job (its details, the
// activity, the client card); others describe other jobs or Upwork itself (the client's past
// jobs and their ratings, similar jobs, the footer's "Rating is 4.9 out of 5.") and must not
// leak into this job's fields, wherever the copy put them.

type SectionKind = 'job' | 'client' | 'skills' | 'ignored';

/** "Heading", "Heading:" or "Heading (12)", any case, any apostrophe. */
function heading(words: string): RegExp {
  const pattern = words.replace(/'/g, "['\u2019]").replace(/ /g, ' ?');
  return new RegExp(`^${pattern}:?(?: ?\\(\\d{1,5}\\))?$`, 'i');
}

const HEADINGS: readonly (readonly [RegExp, SectionKind])[] = [
  [heading('About the client'), 'client'],
  [heading('Skills and Expertise'), 'skills'],
  [heading('Mandatory skills'), 'skills'],
  [heading('Nice-to-have skills'), 'skills'],
  [heading('Activity on this job'), 'job'],
  [heading('Summary'), 'job'],
  [heading('Preferred qualifications'), 'job'],
  [heading('Job link'), 'job'],
  [heading("Client's recent history"), 'ignored'],
  [heading('Other open jobs by this client'), 'ignored'],
  [heading('Explore similar jobs on Upwork'), 'ignored'],
  [heading('Similar jobs on Upwork'), 'ignored'],
  [heading('Similar jobs'), 'ignored'],
  [heading('Other jobs you may like'), 'ignored'],
  // Screening questions are the client's free text: "Are you available hourly?" is not a job type.
  [heading('You will be asked to answer the following questions when submitting a proposal'), 'ignored'],
  [heading('About Upwork'), 'ignored'],
  [heading('Footer navigation'), 'ignored'],
];

function sectionOf(line: string): SectionKind | undefined {
  if (line.length > 120) return undefined;
  return HEADINGS.find(([pattern]) => pattern.test(line))?.[1];
}

/** Marks where lines were taken out, so a label and a value never meet across the gap. */
export const BOUNDARY = '';

export interface Page {
  /** Every line of this job's sections, in order; headings, gaps and prose become BOUNDARY. */
  lines: string[];
  /** The client card's lines, or null when the paste has no "About the client" heading. */
  clientLines: string[] | null;
  skillLines: string[];
  /** This job's lines at any length: links can be long. */
  linkLines: string[];
}

export function readPage(text: string): Page {
  const page: Page = { lines: [], clientLines: null, skillLines: [], linkLines: [] };
  let kind: SectionKind = 'job';
  for (const line of pageLines(text)) {
    const next = sectionOf(line);
    if (next !== undefined) {
      kind = next;
      if (kind === 'client') page.clientLines ??= [];
      page.lines.push(BOUNDARY);
      continue;
    }
    if (kind === 'ignored') continue;
    page.linkLines.push(line);
    const usable = line.length <= MAX_FIELD_LINE ? line : BOUNDARY;
    page.lines.push(usable);
    if (kind === 'client') page.clientLines!.push(usable);
    if (kind === 'skills') page.skillLines.push(usable);
  }
  return page;
}
