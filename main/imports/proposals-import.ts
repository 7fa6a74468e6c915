import type { ChannelParsed } from '@shared/contract';
import { proposalFieldsSchema } from '@shared/contract/proposals';
import { toFieldErrors } from '@shared/contract/validation-errors';
import type { ImportIssue, ImportResult, PreviewProposal, ProposalImportPreview } from '@shared/domain/imports';
import { findProfileByName } from '../db/profiles/profiles';
import { isLoggedOn } from '../db/proposals/proposals';
import { proposalService } from '../proposals/proposals';
import type { DomainContext } from '../core/handler-context';
import { InputError, NotFoundError } from '../core/errors';
import { issue, readCsv } from './csv-read';
import { jobColumnsOf } from './proposal-job-columns';
import { guessMapping, readSheetRow } from './proposal-sheet';

// A proposals spreadsheet comes in through the very service that logs a proposal typed in the
// form, so validation is identical. The preview runs the whole import inside a transaction and
// rolls it back: what it reports is what the commit would do, to the row.

type Options = ChannelParsed<'import:proposalsPreview'>;

const LISTED_ISSUES = 200;
const SAMPLE_ROWS = 10;

class Rollback extends Error {}

interface Run {
  preview: ProposalImportPreview;
  added: number;
  duplicates: number;
}

function runImport(context: DomainContext, { text, mapping: given, dateOrder }: Options, keep: boolean): Run {
  const { db } = context;
  const csv = readCsv(text);
  const issues: ImportIssue[] = [...csv.fileIssues, ...csv.rowIssues];
  const mapping = given ?? guessMapping(csv.header);
  const sample: PreviewProposal[] = [];
  let added = 0;
  let duplicates = 0;

  if (!csv.fileIssues.length) {
    for (const field of ['sentAt', 'jobTitle'] as const) {
      const column = mapping[field];
      if (!column || !csv.header.includes(column)) {
        issues.push(issue(1, 'unmappedField', `Choose the column that holds ${field}`, { field }));
      }
    }
  }

  // A problem the schema finds in a job column (an hourly range high to low) names the column, as the file does.
  const jobColumns = jobColumnsOf(csv.header);
  const fieldName = (path: string) => {
    const head = path.split('.')[0] ?? '';
    return jobColumns.find((c) => c.field === head)?.header ?? head;
  };
  const proposals = proposalService(context);
  const work = db.transaction(() => {
    if (issues.length) return;
    for (const { line, cells } of csv.rows) {
      const row = readSheetRow(csv.header, cells, line, mapping, dateOrder, issues);
      if (!row) continue;
      const parsed = proposalFieldsSchema.safeParse(row.input);
      if (!parsed.success) {
        for (const f of toFieldErrors(parsed.error)) {
          issues.push(
            issue(line, 'invalidField', `${f.path}: ${f.message}`, {
              field: fieldName(f.path),
              problem: f.key,
            }),
          );
        }
        continue;
      }
      // A sheet has no ids: a row whose job title was already logged on the same day is the same
      // proposal, whether from an earlier import or earlier in this file.
      if (isLoggedOn(db, parsed.data.jobTitle, parsed.data.sentAt!)) {
        duplicates++;
        continue;
      }
      let profileId: number | undefined;
      if (row.profileName) {
        profileId = findProfileByName(db, row.profileName)?.id;
        if (profileId === undefined) {
          issues.push(
            issue(line, 'unknownProfile', `No profile is named "${row.profileName}"`, { value: row.profileName }),
          );
          continue;
        }
      }
      try {
        const proposal = proposals.create({
          ...parsed.data,
          profileId: profileId ?? parsed.data.profileId,
        });
        if (row.status) {
          proposals.setStatus({
            id: proposal.id,
            status: row.status,
            occurredAt: proposal.sentAt,
            note: null,
          });
        }
        added++;
        if (sample.length < SAMPLE_ROWS) {
          sample.push({
            line,
            sentAt: proposal.sentAt,
            jobTitle: proposal.jobTitle,
            connects: proposal.connectsSpent + proposal.boostConnects,
            status: row.status ?? 'sent',
          });
        }
      } catch (error) {
        if (!(error instanceof InputError) && !(error instanceof NotFoundError)) throw error;
        const fields = error instanceof InputError ? error.fields : [];
        for (const f of fields.length ? fields : [{ path: '', key: 'validation.invalid', message: error.message }]) {
          issues.push(issue(line, 'invalidField', `${f.path}: ${f.message}`, { field: f.path, problem: f.key }));
        }
      }
    }
    // All or nothing: any problem, or a preview, leaves the database as it was.
    if (!keep || issues.length) throw new Rollback();
  });
  try {
    work();
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }

  issues.sort((a, b) => a.line - b.line);
  const rowCount = csv.rows.length + csv.rowIssues.length;
  return {
    added: keep && !issues.length ? added : 0,
    duplicates,
    preview: {
      headers: csv.header,
      mapping,
      dateOrder,
      rowCount,
      okCount: added,
      duplicateCount: duplicates,
      rejected: issues.slice(0, LISTED_ISSUES),
      rejectedCount: issues.length,
      sample,
      canCommit: issues.length === 0 && added > 0,
    },
  };
}

export function previewProposalImport(context: DomainContext, options: Options): ProposalImportPreview {
  return runImport(context, options, false).preview;
}

export function commitProposalImport(context: DomainContext, options: Options): ImportResult {
  const run = runImport(context, options, true);
  if (!run.preview.canCommit && !(run.preview.rejectedCount === 0 && run.duplicates > 0)) {
    const first = run.preview.rejected[0];
    throw InputError.field(
      'text',
      'validation.importRejected',
      first ? `Line ${first.line}: ${first.message}` : 'Nothing to import',
      { count: run.preview.rejectedCount, line: first?.line ?? 0 },
    );
  }
  return { added: run.added, duplicates: run.duplicates };
}
