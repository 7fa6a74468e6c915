// The quick reading of a well-formed CSV file: quoted cells may hold delimiters, line breaks and
// doubled quotes, and nothing else is unusual. papaparse reads such a file the same way, row for
// row and cell for cell, but at about a third of its speed when asked for each row's position (a
// 100,000-row history: test/bench/imports.ts). Anything unusual (a stray quote, text after a
// closing quote, an unclosed quote, a line break other than the file's, a row of blanks) returns
// null, and the caller reads the file with papaparse, which says what is wrong and where.

export interface PlainRow {
  /** Offset of the row's first character. */
  start: number;
  cells: string[];
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The rows of `text`, empty lines left out; null when the file needs papaparse. */
export function plainRows(text: string, delimiter: string, linebreak: string): PlainRow[] | null {
  const rows: PlainRow[] = [];
  const end = text.length;
  const separator = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || separator === QUOTE || separator === CR || separator === LF) return null;
  let at = 0;
  let nextQuote = text.indexOf('"');
  let nextCr = text.indexOf('\r');
  let nextLf = text.indexOf('\n');
  while (at < end) {
    if (text.startsWith(linebreak, at)) {
      at += linebreak.length; // an empty line
      continue;
    }
    const start = at;
    const cells: string[] = [];
    let rowDone = false;
    while (!rowDone) {
      let next: number;
      if (text.charCodeAt(at) === QUOTE) {
        let value = '';
        let from = at + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) return null;
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value += text.slice(from, close);
          next = close + 1;
          break;
        }
        cells.push(value);
      } else {
        // The cell ends at the next delimiter or line break; found with indexOf (native scans),
        // the next quote and line break characters kept until the reading passes them.
        if (nextQuote >= 0 && nextQuote < at) nextQuote = text.indexOf('"', at);
        if (nextCr >= 0 && nextCr < at) nextCr = text.indexOf('\r', at);
        if (nextLf >= 0 && nextLf < at) nextLf = text.indexOf('\n', at);
        let cellEnd = text.indexOf(delimiter, at);
        if (cellEnd < 0) cellEnd = end;
        if (nextCr >= 0 && nextCr < cellEnd) cellEnd = nextCr;
        if (nextLf >= 0 && nextLf < cellEnd) cellEnd = nextLf;
        if (nextQuote >= 0 && nextQuote < cellEnd) return null;
        next = cellEnd;
        cells.push(text.slice(at, next));
      }
      if (next >= end) {
        at = end;
        rowDone = true;
      } else if (text.charCodeAt(next) === separator) {
        at = next + 1;
      } else if (text.startsWith(linebreak, next)) {
        at = next + linebreak.length;
        rowDone = true;
      } else {
        return null;
      }
    }
    // papaparse ('greedy') skips a row of blanks; where its row then starts is its own affair.
    if (cells.join('').trim() === '') return null;
    rows.push({ start, cells });
  }
  return rows;
}
