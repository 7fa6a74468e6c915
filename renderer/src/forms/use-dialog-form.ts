import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError, Result } from '@shared/contract';
import { formRefusal } from './error-text';
import type { Errors } from '../money/money-form-model';

interface DialogFormOptions<F extends string, V extends Record<F, string>, Input, Saved> {
  initial: V;
  /** Typed text to the contract's input, or the fields that cannot be read. */
  toInput: (values: V) => { ok: true; input: Input } | { ok: false; errors: Errors<F> };
  save: (input: Input) => Promise<Result<Saved>>;
  /** Main's field paths onto the form's fields. */
  errorsOf: (fields: FieldError[]) => Errors<F>;
  onSaved: (saved: Saved) => void;
  /** Lets a change fill other fields (picking a hired proposal fills the contract's title). */
  adjust?: (next: V, field: F, previous: V) => V;
}

/**
 * The state of a small edit dialog: what was typed (kept whatever happens), the message beside each
 * field, and a submit that checks in the renderer first and then shows main's refusals the same way.
 */
export function useDialogForm<F extends string, V extends Record<F, string>, Input, Saved>(
  options: DialogFormOptions<F, V, Input, Saved>,
) {
  const { t } = useTranslation();
  const [values, setValues] = useState(options.initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = (field: F) => (event: { target: { value: string } }) => {
    const next = { ...values, [field]: event.target.value };
    setValues(options.adjust ? options.adjust(next, field, values) : next);
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const converted = options.toInput(values);
    if (!converted.ok) return setErrors(converted.errors);
    const result = await options.save(converted.input);
    if (!result.ok) {
      const fieldErrors = options.errorsOf(result.error.fields);
      setErrors(fieldErrors);
      setFormError(formRefusal(t, result.error, fieldErrors)); // The values stay, whatever the refusal.
      return;
    }
    options.onSaved(result.value);
  }

  return { values, errors, formError, set, submit };
}
