import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { plainRows } from '@main/imports/csv-plain';

// plainRows is the quick reading readCsv tries first; papaparse reads every file it does not.
// Where it answers, it must answer what papaparse would: the same rows and cells, empty lines
// left out. Where the file is unusual it must step aside (null), never guess.

const cell = fc.oneof(
  fc.stringMatching(/^[a-z0-9 .$-]{0,8}$/),
  fc.constantFrom('Jan 2, 2024', 'a "quoted" word', 'two\r\nlines', 'x,y', '', '  '),
);
const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });
const quoted = (text: string, always: boolean) =>
  always || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

function papaRows(text: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: 'greedy' }).data;
}

describe('the quick CSV reading', () => {
  it('reads a well-formed file cell for cell as papaparse does, and says where each row starts', () => {
    fc.assert(
      fc.property(table, fc.boolean(), fc.boolean(), (rows, always, blankLines) => {
        const lines = rows
          .filter((row) => row.join('').trim() !== '')
          .map((row) => row.map((c) => quoted(c, always)).join(','));
        const text = `${lines.join(blankLines ? '\r\n\r\n' : '\r\n')}\r\n`;
        const plain = plainRows(text, ',', '\r\n');
        expect(plain?.map((r) => r.cells)).toEqual(papaRows(text));
        const starts = plain!.map((r) => r.start);
        let offset = 0;
        for (const [i, line] of lines.entries()) {
          expect(starts[i]).toBe(offset);
          offset += line.length + (blankLines ? 4 : 2);
        }
      }),
    );
  });

  it.each([
    ['a stray quote', 'a,b"c,d\r\n'],
    ['text after a closing quote', '"a"b,c\r\n'],
    ['an unclosed quote', 'a,"b\r\nc\r\n'],
    ['a line break other than the file’s', 'a,b\nc,d\r\n'],
    ['a row of blanks', 'a,b\r\n , \r\nc,d\r\n'],
  ])('leaves %s to papaparse', (_name, text) => {
    expect(plainRows(text, ',', '\r\n')).toBeNull();
  });
});
