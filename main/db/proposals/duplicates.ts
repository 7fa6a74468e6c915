import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

export interface LinkedProposal {
  id: number;
  jobTitle: string;
  sentAt: string;
  jobUrl: string;
}

/** Proposals whose link contains `needle` (lower case), newest first: candidates for "same job". */
export function proposalsWithLinkContaining(db: Database, needle: string): LinkedProposal[] {
  return prepared(
    db,
    `SELECT id, job_title AS jobTitle, sent_at AS sentAt, job_url AS jobUrl FROM proposals
     WHERE job_url IS NOT NULL AND instr(lower(job_url), ?) > 0
     ORDER BY sent_at DESC, id DESC LIMIT 50`,
  ).all(needle) as LinkedProposal[];
}
