import { SPEED_BANDS, bandOf } from '../metrics/bands';
import { calendarDateUtc } from './calendar-date';
import type { PostedWindow } from './fields';

// "Posted 2 hours ago" says when the job went up only roughly, and whether Upwork truncates
// (2:00 to 2:59 reads "2 hours") or rounds (1:30 to 2:29) is not published. So a count N of a
// unit reads as the window from N + 1 units to N - 1/2 unit before "now" (the moment of the
// paste), which holds under either reading. Calendar words are wider still: "yesterday" is
// anywhere in the last 48 hours, "last week" in the last 14 days, and a date without a time
// ("Posted Oct 5, 2026") covers that day in every time zone.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Shortest and longest length of each unit (months 28 to 31 days, years 365 or 366). */
const UNITS: Record<string, readonly [number, number]> = {
  second: [1000, 1000],
  minute: [MINUTE, MINUTE],
  hour: [HOUR, HOUR],
  day: [DAY, DAY],
  week: [7 * DAY, 7 * DAY],
  month: [28 * DAY, 31 * DAY],
  year: [365 * DAY, 366 * DAY],
};
const UNIT_ALIASES: Record<string, string> = { sec: 'second', min: 'minute', hr: 'hour', mo: 'month', yr: 'year' };

const RELATIVE = /^(\d{1,4}|an?|one) (second|sec|minute|min|hour|hr|day|week|month|mo|year|yr)s? ago$/i;
const RECENT: Record<string, number> = {
  'just now': MINUTE,
  'a moment ago': MINUTE,
  'a few seconds ago': MINUTE,
  'seconds ago': MINUTE,
  yesterday: 2 * DAY,
  'last week': 14 * DAY,
  'last month': 62 * DAY,
  'last year': 731 * DAY,
};
const POSTED_LINE = /^(?:Posted|Renewed)(?: on)? (.{1,40})$/i;

interface Span {
  earliest: number;
  latest: number;
}

/** The window of a "Posted ..." line, relative to `now` (ms); undefined if the line is not one. */
export function postedWindow(line: string, now: number): PostedWindow | undefined {
  const phrase = POSTED_LINE.exec(line)?.[1]?.trim();
  if (phrase === undefined) return undefined;
  const span = relativeSpan(phrase, now) ?? calendarSpan(phrase);
  if (!span) return undefined;
  const latest = Math.min(span.latest, now);
  if (span.earliest > latest) return undefined; // a date after the paste: not a posting time
  return { earliest: new Date(span.earliest).toISOString(), latest: new Date(latest).toISOString() };
}

function relativeSpan(phrase: string, now: number): Span | undefined {
  const recent = RECENT[phrase.toLowerCase()];
  if (recent !== undefined) return { earliest: now - recent, latest: now };
  const match = RELATIVE.exec(phrase);
  if (!match) return undefined;
  const count = /^\d/.test(match[1]!) ? Number(match[1]) : 1;
  const unit = match[2]!.toLowerCase();
  const [shortest, longest] = UNITS[UNIT_ALIASES[unit] ?? unit]!;
  return { earliest: now - (count + 1) * longest, latest: now - Math.max(0, count - 0.5) * shortest };
}

function calendarSpan(phrase: string): Span | undefined {
  const midnightUtc = calendarDateUtc(phrase);
  if (midnightUtc === undefined) return undefined;
  // That day began at UTC+14 at the earliest and ended at UTC-12 at the latest.
  return { earliest: midnightUtc - 14 * HOUR, latest: midnightUtc + DAY + 12 * HOUR };
}

export interface MinutesAfterPosting {
  /** Fewest and most whole minutes the proposal can have gone out after the post. */
  min: number;
  max: number;
  /** The middle of the window, rounded. */
  estimate: number;
  /**
   * The estimate, when the whole window falls in one of the app's speed bands (SPEED_BANDS, the
   * only use the app makes of the figure), so the uncertainty cannot put the proposal in the
   * wrong group; null when it could: the form then leaves the field blank for the user.
   */
  fill: number | null;
}

/** The proposal form's "minutes after posting" limit: a year. */
const MAX_MINUTES = 525_600;

/** Minutes between the post (somewhere in `posted`) and sending at `sentAt` (ISO). */
export function minutesAfterPosting(posted: PostedWindow, sentAt: string): MinutesAfterPosting {
  const sent = Date.parse(sentAt);
  const min = Math.max(0, Math.floor((sent - Date.parse(posted.latest)) / MINUTE));
  const max = Math.max(min, Math.ceil((sent - Date.parse(posted.earliest)) / MINUTE));
  const estimate = Math.round((min + max) / 2);
  // The window's far end is open ("2 hours ago" is less than 3 hours), hence max - 1.
  const sameBand = bandOf(SPEED_BANDS, min) === bandOf(SPEED_BANDS, Math.max(min, max - 1));
  return { min, max, estimate, fill: sameBand && max <= MAX_MINUTES ? estimate : null };
}
