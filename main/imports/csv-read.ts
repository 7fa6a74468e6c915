import Papa from 'papaparse';
import type { ImportIssue } from '@shared/domain/imports';
import { plainRows } from './csv-plain';

// Reads CSV text into a header and rows with the line each row starts on, and says what is wrong
// with the file in terms a user can find in a text editor (line numbers, not row indexes: a quoted
// cell may span several lines). Knows nothing about Upwork or proposals.

/** No Upwork description or spreadsheet note comes near this; a longer cell is a broken file. */
export const MAX_CELL_CHARS = 10_000;

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvRead {
  header: string[];
  rows: CsvRow[];
  /** Problems that make the whole file unreadable (nothing else to show). */
  fileIssues: ImportIssue[];
  /** Rows that cannot be read (ragged, unclosed quote, huge cell); they are not in `rows`. */
  rowIssues: ImportIssue[];
}

export function issue(
  line: number,
  key: string,
  message: string,
  params: Record<string, string | number> = {},
): ImportIssue {
  return { line, key: `money.import.problems.${key}`, params, message };
}

/** 1-based line of a character offset. */
function lineAt(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the first cell longer than MAX_CELL_CHARS, or -1. */
function hugeCellOf(cells: string[]): number {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.length > MAX_CELL_CHARS) return i;
  return -1;
}

/**
 * A file that was not UTF-8 arrives (through File.text()) with U+FFFD where bytes could not be
 * decoded, and a UTF-16 file with a NUL in every other character. Either way every amount and
 * name would be garbled, so the file is refused as a whole, pointing at the first bad line.
 */
function encodingIssue(text: string, lineStarts: number[]): ImportIssue | null {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return issue(lineAt(lineStarts, nul), 'utf16', 'The file looks like UTF-16; save it as CSV UTF-8 and try again');
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    return issue(lineAt(lineStarts, bad), 'encoding', 'The file is not UTF-8 text; save it as CSV UTF-8 and try again');
  }
  return null;
}

/** A prefix long enough for papaparse's ten guessing rows in any file we accept. */
const GUESS_PREFIX_CHARS = 1 << 20;

/**
 * The delimiter and line break, guessed by papaparse from the first rows as it would, but on a
 * prefix: left to itself it splits the whole text once per candidate delimiter, which took two to
 * three times as long as reading the file (test/bench/imports.ts). Its line break guess reads the
 * first megabyte whatever it is given, so the prefix yields the same one.
 */
function formatOf(text: string): { delimiter: string; linebreak: string } {
  const { meta } = Papa.parse<string[]>(text.slice(0, GUESS_PREFIX_CHARS), { skipEmptyLines: 'greedy', preview: 10 });
  return { delimiter: meta.delimiter, linebreak: meta.linebreak };
}

export function readCsv(input: string): CsvRead {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const result: CsvRead = { header: [], rows: [], fileIssues: [], rowIssues: [] };
  if (text.trim() === '') {
    result.fileIssues.push(issue(1, 'empty', 'The file is empty'));
    return result;
  }
  const lineStarts = lineStartsOf(text);
  const encoding = encodingIssue(text, lineStarts);
  if (encoding) {
    result.fileIssues.push(encoding);
    return result;
  }

  // Rows come in file order, so each row's line is found by walking on from the previous row's
  // (a binary search per row cost more than the walk).
  let lineIndex = 0;
  /** One row read, starting at offset `start`; false when nothing after it is worth reading. */
  const take = (start: number, cells: string[]): boolean => {
    while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1]! <= start) lineIndex++;
    const line = lineIndex + 1;
    const huge = hugeCellOf(cells);
    if (huge >= 0) {
      const column = result.header[huge] ?? String(huge + 1);
      const problem = issue(
        line,
        'hugeCell',
        `Column "${column}" holds ${cells[huge]!.length} characters (at most ${MAX_CELL_CHARS})`,
        {
          column,
          length: cells[huge]!.length,
          limit: MAX_CELL_CHARS,
        },
      );
      (result.header.length === 0 ? result.fileIssues : result.rowIssues).push(problem);
      return result.header.length > 0;
    }
    if (result.header.length === 0) {
      result.header = cells.map((c) => c.trim());
      return true;
    }
    if (cells.length !== result.header.length) {
      result.rowIssues.push(
        issue(line, 'ragged', `This row has ${cells.length} fields; the header has ${result.header.length}`, {
          found: cells.length,
          expected: result.header.length,
        }),
      );
      return true;
    }
    result.rows.push({ line, cells });
    return true;
  };

  const { delimiter, linebreak } = formatOf(text);
  const plain = plainRows(text, delimiter, linebreak);
  if (plain) {
    for (const { start, cells } of plain) if (!take(start, cells)) break;
  } else {
    let previousCursor = 0;
    Papa.parse<string[]>(text, {
      delimiter,
      skipEmptyLines: 'greedy',
      step: (step, parser) => {
        // The row starts after the previous row's end and any blank lines skipped since.
        let start = previousCursor;
        for (let c = text.charCodeAt(start); c === 10 || c === 13; c = text.charCodeAt(++start));
        previousCursor = step.meta.cursor;
        const quote =
          step.errors.length > 0
            ? step.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')
            : undefined;
        if (quote) {
          const at = quote.index !== undefined ? lineAt(lineStarts, quote.index) : lineAt(lineStarts, start);
          const problem = issue(at, 'unclosedQuote', 'A quote opened on this line is never closed', {});
          (result.header.length === 0 ? result.fileIssues : result.rowIssues).push(problem);
          return;
        }
        if (!take(start, step.data)) parser.abort();
      },
    });
  }
  if (
    result.header.length > 0 &&
    result.rows.length === 0 &&
    result.rowIssues.length === 0 &&
    result.fileIssues.length === 0
  ) {
    result.fileIssues.push(issue(1, 'noRows', 'The file has a header but no rows'));
  }
  return result;
}

/** "Amount $" -> "amount", "Transaction ID" -> "transaction id": how headers are matched by name. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[$()]/g, ' ')
    .replace(/\busd\b/g, ' ')
    .replace(/[\s_]+/g, ' ')
    .trim();
}
