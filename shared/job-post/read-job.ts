import type { JobType, ProposalsBand } from '../domain/proposal';
import type { ExperienceLevel, ProjectLength, ProjectType } from './fields';
import { labelledValues } from './labelled';
import { readDollarsAsCents } from './numbers';
import { postedWindow } from './posted';
import type { Readings } from './readings';
import type { Page } from './sections';

// The job's own fields: what the header, the details row, the activity box and the Connects line say.

const JOB_TYPE_LINES: Record<string, JobType> = {
  hourly: 'hourly',
  'fixed-price': 'fixed',
  'fixed price': 'fixed',
};

const LEVEL_WORDS: Record<string, ExperienceLevel> = {
  entry: 'entry',
  'entry level': 'entry',
  intermediate: 'intermediate',
  'intermediate level': 'intermediate',
  expert: 'expert',
  'expert level': 'expert',
};
/** The sentence under each level on the job page: unmistakable on its own. */
const LEVEL_BLURBS: Record<string, ExperienceLevel> = {
  'i am looking for freelancers with the lowest rates': 'entry',
  'i am looking for a mix of experience and value': 'intermediate',
  'i am willing to pay higher rates for the most experienced freelancers': 'expert',
};

const LENGTHS: readonly (readonly [RegExp, ProjectLength])[] = [
  [/^less than (?:1|a|one) week$/i, 'lt1week'],
  [/^less than (?:1|a|one) month$/i, 'lt1month'],
  [/^1 ?(?:to|-|\u2013) ?3 months$/i, '1to3months'],
  [/^3 ?(?:to|-|\u2013) ?6 months$/i, '3to6months'],
  [/^more than 6 months$/i, 'gt6months'],
];

const PROJECT_TYPES: Record<string, ProjectType> = {
  'one-time project': 'one_time',
  'ongoing project': 'ongoing',
  'complex project': 'complex',
};

const BANDS: readonly (readonly [RegExp, ProposalsBand])[] = [
  [/^(?:less|fewer) than 5$/i, 'lt5'],
  [/^5 ?(?:to|-|\u2013) ?10$/i, '5to10'],
  [/^10 ?(?:to|-|\u2013) ?15$/i, '10to15'],
  [/^15 ?(?:to|-|\u2013) ?20$/i, '15to20'],
  [/^20 ?(?:to|-|\u2013) ?50$/i, '20to50'],
  [/^50 ?\+$/i, '50plus'],
];

const lookUp =
  <T>(table: Record<string, T>) =>
  (text: string): T | undefined =>
    Object.hasOwn(table, text.toLowerCase()) ? table[text.toLowerCase()] : undefined;
const firstMatch =
  <T>(table: readonly (readonly [RegExp, T])[]) =>
  (text: string): T | undefined =>
    table.find(([pattern]) => pattern.test(text))?.[1];

const readLevel = lookUp(LEVEL_WORDS);
/** "1 to 3 months", or the feed's "Less than 1 week, Less than 30 hrs/week". */
const readLength = (text: string) => firstMatch(LENGTHS)(text.split(',')[0]!.trim());
const readBand = firstMatch(BANDS);

interface Range {
  min: number;
  max: number;
}

/** "$25.00 - $50.00", "25,00 $ - 50,00 $", "$40.00/hr", or one rate ("$35.00"): min = max. */
function readRange(text: string): Range | undefined {
  const parts = text.replace(/ ?\/ ?(?:hr|hour)$/i, '').split(/ ?[-\u2013\u2014] ?/);
  if (parts.length > 2) return undefined;
  const [min, max] = [readDollarsAsCents(parts[0]!), readDollarsAsCents(parts.at(-1)!)];
  return min !== undefined && max !== undefined && min <= max ? { min, max } : undefined;
}

/** Upwork asks for a few Connects a job; the proposal form takes up to 500. */
const MAX_CONNECTS = 500;

/** "16 Connects", or a bare "16" when `bare` (after a label that says Connects). */
function readConnects(text: string, bare = false): number | undefined {
  const count = (bare ? /^(\d{1,3})$/ : /^(\d{1,3}) Connects?\.?$/i).exec(text)?.[1];
  return count !== undefined && Number(count) <= MAX_CONNECTS ? Number(count) : undefined;
}

/** The job's heading: not a label ("Proposals:"), not a bare figure. */
function readTitle(line: string | undefined): string | undefined {
  if (line === undefined || !/\p{L}/u.test(line) || line.endsWith(':')) return undefined;
  return /^(?:posted|renewed) /i.test(line) ? undefined : line;
}

/** The search feed's summary line: "Fixed-price - Entry level - Est. Budget: $30". */
function readFeedLine(line: string, readings: Readings): void {
  const [type, level, ...rest] = line.split(' - ');
  const jobType = lookUp(JOB_TYPE_LINES)(type ?? '');
  if (!jobType || level === undefined) return;
  readings.add('jobType', jobType);
  readings.add('experienceLevel', readLevel(level));
  for (const part of rest) {
    const [label, value = ''] = part.split(/: ?/, 2);
    if (/^est\. budget$/i.test(label!)) readings.add('fixedBudgetCents', readDollarsAsCents(value));
    if (/^est\. time$/i.test(label!)) readings.add('projectLength', readLength(value));
  }
}

export function readJob(page: Page, now: number, readings: Readings): void {
  const { lines } = page;
  lines.forEach((line, i) => {
    const posted = postedWindow(line, now);
    if (posted) {
      readings.add('posted', posted);
      // The title is the heading right above "Posted ...".
      readings.add('jobTitle', readTitle(lines[i - 1]));
    }
    readings.add('jobType', lookUp(JOB_TYPE_LINES)(line));
    readings.add('experienceLevel', lookUp(LEVEL_BLURBS)(line));
    readings.add('connectsRequired', readConnects(/^This proposal requires (.+)$/i.exec(line)?.[1] ?? ''));
    if (line.includes(' - ')) readFeedLine(line, readings);
  });

  readings.addAll(
    'experienceLevel',
    labelledValues(lines, { labels: 'experience level', above: true, below: true }, readLevel),
  );
  const lengthLabels = 'duration|project length|est\\. time';
  readings.addAll(
    'projectLength',
    labelledValues(lines, { labels: lengthLabels, above: true, below: true }, readLength),
  );
  const typeLabels = 'project type';
  readings.addAll(
    'projectType',
    labelledValues(lines, { labels: typeLabels, above: true, below: true }, lookUp(PROJECT_TYPES)),
  );
  readings.addAll('proposalsBand', labelledValues(lines, { labels: 'proposals', below: true }, readBand));
  const connectsLabels = 'send a proposal for|required connects to submit a proposal';
  const connects = (text: string) => readConnects(text) ?? readConnects(text, true);
  readings.addAll('connectsRequired', labelledValues(lines, { labels: connectsLabels, below: true }, connects));

  const ranges = labelledValues(lines, { labels: 'hourly|hourly range', above: true }, readRange);
  for (const range of ranges) {
    readings.add('jobType', 'hourly');
    readings.add('hourlyMinCents', range.min);
    readings.add('hourlyMaxCents', range.max);
  }
  const budgets = labelledValues(lines, { labels: 'fixed-price|fixed price', above: true }, readDollarsAsCents);
  for (const budget of budgets) {
    readings.add('jobType', 'fixed');
    readings.add('fixedBudgetCents', budget);
  }
}
