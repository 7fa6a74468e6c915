import type { FieldError } from '@shared/contract/result';

/** Field name -> i18n key and params of the message shown beside it. */
export type Errors<F extends string> = Partial<Record<F, { key: string; params: Record<string, string | number> }>>;

/** Main's (or the schema's) field paths onto the form's fields, the first message per field. */
export function mapErrors<F extends string>(fields: FieldError[], pathToField: Record<string, F>): Errors<F> {
  const errors: Errors<F> = {};
  for (const f of fields) {
    const field = pathToField[f.path.split('.')[0] ?? ''];
    if (field && !errors[field]) errors[field] = { key: f.key, params: f.params };
  }
  return errors;
}
