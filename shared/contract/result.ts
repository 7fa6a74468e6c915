// The one shape every IPC call resolves to. Errors are data, never thrown across the bridge:
// a thrown Error reaches the renderer as its message only, losing the field paths.

export interface FieldError {
  /** Dotted path of the input field, e.g. "jobTitle" or "skills.2"; "" for the input as a whole. */
  path: string;
  /** i18n key under "validation.", e.g. "validation.required". */
  key: string;
  params: Record<string, string | number>;
  /** English text, for logs and for the rare key the renderer's catalogue lacks. */
  message: string;
}

export interface IpcError {
  /** i18n key describing the failure as a whole, e.g. "errors.invalidInput". */
  key: string;
  message: string;
  fields: FieldError[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (key: string, message: string, fields: FieldError[] = []): Result<never> => ({
  ok: false,
  error: { key, message, fields },
});

export function fieldError(
  path: string,
  key: string,
  message: string,
  params: Record<string, string | number> = {},
): FieldError {
  return { path, key, params, message };
}
