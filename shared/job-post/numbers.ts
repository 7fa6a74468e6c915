// Numbers as a browser in any language writes them: 1,234.56 / 1.234,56 / 1 234,56 / 1'234.56 /
// 12,34,567.50. Every figure on a job page has at most two decimals, which settles the only
// ambiguity: a single "," or "." followed by exactly three digits groups thousands; followed by one
// or two it is the decimal mark. Anything that fits no reading is unreadable (undefined).

const NUMBER_SHAPE = /^\d(?:[\d.,' \u2019]*\d)?$/;
const MARKS = /[.,' \u2019]/g;

/** `text` as a number with at most `maxDecimals` decimals, or undefined. */
export function readNumber(text: string, maxDecimals: number): number | undefined {
  if (!NUMBER_SHAPE.test(text)) return undefined;
  const marks = [...text.matchAll(MARKS)];
  const points = marks.filter((m) => m[0] === '.' || m[0] === ',');
  const lastPoint = points.at(-1);
  let decimalAt = -1;
  if (lastPoint) {
    const digitsAfter = text.length - lastPoint.index - 1;
    const bothKinds = points.some((m) => m[0] !== lastPoint[0]);
    const onlyOne = points.length === 1;
    if (bothKinds || (onlyOne && digitsAfter !== 3)) decimalAt = lastPoint.index;
  }
  if (decimalAt >= 0 && marks.at(-1)!.index !== decimalAt) return undefined; // "1,5 000"
  const whole = decimalAt >= 0 ? text.slice(0, decimalAt) : text;
  const fraction = decimalAt >= 0 ? text.slice(decimalAt + 1) : '';
  if (fraction.length > maxDecimals || !wellGrouped(whole)) return undefined;
  return Number(`${whole.replace(MARKS, '')}${fraction === '' ? '' : `.${fraction}`}`);
}

/** "1234", "1,234,567", "1 234", "12,34,567" (lakh): one kind of separator, the last group of three. */
function wellGrouped(whole: string): boolean {
  const separators = new Set(whole.match(MARKS) ?? []);
  if (separators.size === 0) return true;
  if (separators.size > 1) return false;
  const groups = whole.split(MARKS);
  return (
    groups[0]!.length <= 3 &&
    groups.at(-1)!.length === 3 &&
    groups.slice(1, -1).every((g) => g.length === 2 || g.length === 3)
  );
}

/** A whole number ("23", "1,234", "1.234", "1 234"), or undefined. */
export function readCount(text: string): number | undefined {
  const value = readNumber(text, 0);
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
}

const DOLLAR_BEFORE = /^(?:USD|US ?\$|\$) ?/;
const DOLLAR_AFTER = / ?(?:USD|US ?\$|\$ ?US|\$)$/;
const THOUSANDS = / ?(?:K|k)$/;
const MILLIONS = / ?(?:M|Mio\.?)$/;

/** More than any client's total spend shown on Upwork; a bigger figure is a misread. */
const MAX_CENTS = 100 * 100_000_000;

/**
 * US dollars as shown on the page, in cents: "$25.00", "25,00 $", "US$ 1.234,56", "$12K",
 * "$1.2M", "1,2 Mio. $", "$1K+" (Upwork's "more than"; the figure shown is kept). Only dollars:
 * an amount without a dollar sign or "USD" is not read.
 */
export function readDollarsAsCents(raw: string): number | undefined {
  let text = raw.trim().replace(/\+$/, '').trimEnd();
  const before = DOLLAR_BEFORE.exec(text);
  const after = before ? null : DOLLAR_AFTER.exec(text);
  if (before) text = text.slice(before[0].length);
  else if (after) text = text.slice(0, after.index);
  else return undefined;
  text = text.replace(/\+$/, '');
  let multiplier = 100;
  const thousands = THOUSANDS.exec(text);
  const millions = thousands ? null : MILLIONS.exec(text);
  if (thousands) multiplier = 100_000;
  if (millions) multiplier = 100_000_000;
  const suffix = thousands ?? millions;
  if (suffix) text = text.slice(0, suffix.index);
  const value = readNumber(text, 2);
  if (value === undefined) return undefined;
  const cents = Math.round(value * multiplier);
  return cents <= MAX_CENTS ? cents : undefined;
}
