import { jobIdsInLine } from './job-link';

/**
 * What makes two job links the same job: Upwork's job id when the link carries one ("~01…",
 * whatever the link's shape), else the link itself without scheme, "www.", query, fragment,
 * trailing slash or case. Undefined for a blank link.
 */
export function jobKey(link: string): string | undefined {
  const trimmed = link.trim();
  if (!trimmed) return undefined;
  const [id] = jobIdsInLine(trimmed);
  if (id) return id;
  const normalised = trimmed
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  return normalised || undefined;
}
