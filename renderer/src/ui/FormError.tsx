/** A refusal of the whole form rather than of one field (a full disk, say), announced when it appears. */
export function FormError({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="form-error" role="alert">
      {text}
    </p>
  );
}
