/** Titles quoted in a toast or a status line: long enough to recognise, short enough for one line. */
const MAX_CHARACTERS = 60;

/** The title cut at a word boundary with an ellipsis when it is longer than a toast can show. */
export function shortTitle(title: string): string {
  const characters = [...title.trim()];
  if (characters.length <= MAX_CHARACTERS) return characters.join('');
  const cut = characters.slice(0, MAX_CHARACTERS - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_CHARACTERS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
