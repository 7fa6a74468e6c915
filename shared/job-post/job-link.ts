// Upwork job links carry the job's id, "~0" and hex digits, in several shapes:
//   https://www.upwork.com/jobs/~01a2b3c4d5e6f7a8b9
//   https://www.upwork.com/jobs/Some-Title_~01a2b3c4d5e6f7a8b9/
//   https://www.upwork.com/freelance-jobs/apply/Some-Title_~01a2b3c4d5e6f7a8b9/
//   https://www.upwork.com/nx/proposals/job/~01a2b3c4d5e6f7a8b9/apply/
//   https://www.upwork.com/nx/find-work/best-matches/details/~01a2b3c4d5e6f7a8b9
// The id is what identifies the job; the link stored is the canonical one Upwork's "Copy link" gives.

const JOB_ID = /~(0[0-9a-f]{9,30})(?![0-9a-z])/gi;
const UPWORK_HOST = /(?:^|\.)upwork\.com$/i;
/** What may wrap a link in running text: brackets and quotes, a closing full stop or comma. */
const OPENERS = new Set(['<', '(', '[', '"', "'"]);
const CLOSERS = new Set(['>', ')', ']', '"', "'", '.', ',', ';', ':', '!', '?']);

export function canonicalJobUrl(jobId: string): string {
  return `https://www.upwork.com/jobs/${jobId}`;
}

/** The job ids of every Upwork link in `line` (one per link, lower case with the tilde). */
export function jobIdsInLine(line: string): string[] {
  const ids: string[] = [];
  for (const word of line.split(' ')) {
    if (!word.toLowerCase().includes('upwork.com/')) continue;
    const id = jobIdOfLink(unwrap(word));
    if (id) ids.push(id);
  }
  return ids;
}

function unwrap(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && OPENERS.has(word[start]!)) start++;
  while (end > start && CLOSERS.has(word[end - 1]!)) end--;
  return word.slice(start, end);
}

function jobIdOfLink(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(link) ? link : `https://${link}`);
  } catch {
    return undefined;
  }
  if (!UPWORK_HOST.test(url.hostname) || url.username !== '' || url.password !== '') return undefined;
  let where = url.pathname + url.search;
  try {
    where = decodeURIComponent(where); // "?referrer_url_path=%2Fdetails%2F~01..." names the job too
  } catch {
    // A stray "%" leaves the link as it is.
  }
  const ids = new Set([...where.matchAll(JOB_ID)].map((m) => `~${m[1]!.toLowerCase()}`));
  return ids.size === 1 ? [...ids][0] : undefined;
}
