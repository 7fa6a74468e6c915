// Upwork pairs each value with a label, laid out three ways depending on the page: "Label: value"
// on one line, the label above its value, or (public pages, the details row) the value above its
// label ("1 to 3 months" / "Duration"). Readers say which layouts a label uses.

export interface LabelLayout {
  /** Alternatives of a regular expression, matched case-insensitively against a whole line. */
  labels: string;
  /** The value may sit on the line above the label. */
  above?: boolean;
  /** The value may sit on the line below the label. */
  below?: boolean;
}

/** Every value `read` accepts next to one of the labels in `lines`. */
export function labelledValues<T>(
  lines: readonly string[],
  layout: LabelLayout,
  read: (text: string) => T | undefined,
) {
  const alone = new RegExp(`^(?:${layout.labels}):?$`, 'i');
  const inline = new RegExp(`^(?:${layout.labels}): ?(.+)$`, 'i');
  const values: T[] = [];
  const keep = (text: string | undefined) => {
    const value = text === undefined ? undefined : read(text);
    if (value !== undefined) values.push(value);
  };
  lines.forEach((line, i) => {
    if (alone.test(line)) {
      if (layout.above) keep(lines[i - 1]);
      if (layout.below) keep(lines[i + 1]);
    } else {
      keep(inline.exec(line)?.[1]);
    }
  });
  return values;
}
