import type { JobPostParse } from './fields';
import { canonicalJobUrl, jobIdsInLine } from './job-link';
import { readClient } from './read-client';
import { readJob } from './read-job';
import { Readings } from './readings';
import { readPage } from './sections';
import { readSkills } from './skills';

export interface ParseOptions {
  /** When the text was pasted (ISO): "Posted 2 hours ago" is two hours before it. */
  now: string;
}

/**
 * The fields a pasted Upwork job page shows: a select-all copy of the page, part of one, or just
 * the job's link. Any text gives a result (possibly empty), never an exception, in time
 * proportional to its length.
 */
export function parseJobPost(text: string, { now }: ParseOptions): JobPostParse {
  const at = Date.parse(now);
  if (Number.isNaN(at)) throw new RangeError(`parseJobPost needs "now" as an ISO instant, not "${now}"`);
  const page = readPage(text);
  const readings = new Readings();

  for (const line of page.linkLines) {
    for (const jobId of jobIdsInLine(line)) {
      readings.add('jobId', jobId);
      readings.add('jobUrl', canonicalJobUrl(jobId));
    }
  }
  readJob(page, at, readings);
  readings.add('skills', readSkills(page.skillLines));
  readClient(page.clientLines ?? page.lines, at, readings);
  return readings.result();
}
