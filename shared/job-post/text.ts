import { readDollarsAsCents } from './numbers';

// From pasted text to trimmed lines: what a select-all copy of a job page looks like once line
// endings, browser-specific spaces and the page's buttons are out of the way.

/** Windows (\r\n), old Mac (\r) and Unicode line and paragraph separators all end a line. */
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
/** Tabs and the spaces browsers copy from layout or from numbers (no-break, narrow no-break, thin...). */
const ODD_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Invisible characters that would make "Hourly" differ from "Hourly": zero-width ones, BOM, soft hyphen. */
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACE_RUNS = / {2,}/g;

/**
 * Lines longer than this are prose (a description paragraph), never a label or a value: readers
 * skip them. It also keeps every line-anchored pattern's work bounded on a 200 KB paste.
 */
export const MAX_FIELD_LINE = 200;

/**
 * The page's own buttons, links and navigation: they sit between a label and its value in some
 * copies ("Proposals:" / "Apply now" / ...) and mean nothing here, so they are dropped first.
 */
const CHROME_LINES = new Set(
  [
    'apply now',
    'submit a proposal',
    'save job',
    'saved',
    'unsave job',
    'flag as inappropriate',
    'report this job',
    'copy link',
    'go back',
    'open job in a new window',
    'skip to main content',
    'find work',
    'deliver work',
    'manage finances',
    'messages',
    'notifications',
    'help',
    'log in',
    'sign up',
    'upgrade your membership to see the bid range',
    'featured job',
    'attachment',
    'attachments',
    'view job posting',
  ].map((line) => line.toLowerCase()),
);

/** A dash alone on its line: Upwork lays an hourly range out as "$10.00" / "-" / "$25.00". */
const LONE_DASH = /^[-\u2013\u2014]$/;
/** One end of a range: an amount of dollars, short (so the check stays cheap on any line). */
const isRangeEnd = (line: string) => line.length <= 40 && readDollarsAsCents(line) !== undefined;

/** Clean lines of `text`, blank ones and page chrome dropped, split ranges joined back. */
export function pageLines(text: string): string[] {
  const lines = text
    .replace(LINE_BREAKS, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLES, '')
    .split('\n')
    .map((line) => line.replace(SPACE_RUNS, ' ').trim())
    .filter((line) => line !== '' && !CHROME_LINES.has(line.toLowerCase()));
  return joinSplitRanges(lines);
}

function joinSplitRanges(lines: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [before = '', line = '', after = ''] = [joined.at(-1), lines[i], lines[i + 1]];
    if (LONE_DASH.test(line) && isRangeEnd(before) && isRangeEnd(after)) {
      joined[joined.length - 1] = `${before} - ${after}`;
      i++;
    } else {
      joined.push(line);
    }
  }
  return joined;
}
