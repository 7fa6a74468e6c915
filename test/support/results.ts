import type { Result } from '@shared/contract';

// Unwrapping IPC results in tests: a failure where success was expected shows the whole error.

export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A refusal's fields as "path:key" strings. */
export function fieldsOf(result: Result<unknown>): string[] {
  if (result.ok) throw new Error('Expected a refusal');
  return result.error.fields.map((f) => `${f.path}:${f.key}`);
}
