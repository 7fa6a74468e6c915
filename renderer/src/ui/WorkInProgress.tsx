/** An indeterminate progress bar with what is going on, announced to screen readers. */
export function WorkInProgress({ text }: { text: string }) {
  return (
    <p className="work-in-progress" role="status">
      <progress aria-label={text} />
      <span>{text}</span>
    </p>
  );
}
