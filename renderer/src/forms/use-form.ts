import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError, Result } from '@shared/contract';
import { formRefusal } from './error-text';
import type { Errors } from './errors';

type Converted<F extends string, Input> = { ok: true; input: Input } | { ok: false; errors: Errors<F> };

interface FormOptions<F extends string, V extends Record<F, string>, Input, Saved> {
  /** The values to start from, kept by the form. */
  initial?: V;
  /** Or values the caller keeps (the log form's draft survives closing it), changed through `onChange`. */
  values?: V;
  onChange?: (values: V) => void;
  /** Typed text to the contract's input, or the fields that cannot be read. */
  toInput: (values: V) => Converted<F, Input>;
  save: (input: Input) => Promise<Result<Saved>>;
  /** Main's field paths onto the form's fields. */
  errorsOf: (fields: FieldError[]) => Errors<F>;
  onSaved: (saved: Saved) => void;
  /** Lets a change fill other fields (picking a hired proposal fills the contract's title). */
  adjust?: (next: V, field: F, previous: V) => V;
  /** After the form shows messages beside its fields (the log form moves the focus to the first). */
  onInvalid?: () => void;
}

/**
 * Every form's state: what was typed (kept whatever happens), the message beside each field, and
 * a submit that checks in the renderer first with the contract's schema, then shows main's
 * refusals the same way, beside the field or, for a refusal of the whole call, above the buttons.
 */
export function useForm<F extends string, V extends Record<F, string>, Input, Saved>(
  options: FormOptions<F, V, Input, Saved>,
) {
  const { t } = useTranslation();
  const [own, setOwn] = useState(options.values ?? options.initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const values = (options.values ?? own) as V;
  const setValues = options.onChange ?? setOwn;

  const set = (field: F) => (event: { target: { value: string } }) => {
    const next = { ...values, [field]: event.target.value };
    setValues(options.adjust ? options.adjust(next, field, values) : next);
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    const converted = options.toInput(values);
    if (!converted.ok) {
      setErrors(converted.errors);
      options.onInvalid?.();
      return;
    }
    setSaving(true);
    setFormError(null);
    try {
      const result = await options.save(converted.input);
      if (!result.ok) {
        const fieldErrors = options.errorsOf(result.error.fields);
        setErrors(fieldErrors);
        setFormError(formRefusal(t, result.error, fieldErrors)); // The values stay, whatever the refusal.
        options.onInvalid?.();
        return;
      }
      options.onSaved(result.value);
    } finally {
      setSaving(false);
    }
  }

  return { values, errors, formError, saving, set, submit };
}
