import { cloneElement, useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  label: string;
  /** i18n key and params of the message shown under the control. */
  error?: { key: string; params: Record<string, string | number> } | undefined;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
  className?: string;
  /** A short note on where the value came from ("filled from the paste"), beside the label. */
  mark?: string | undefined;
}

/** A labelled control with its message beside it, wired for screen readers (aria-invalid, aria-describedby). */
export function Field({ label, error, hint, children, className, mark }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const messageId = `${id}-message`;
  const markId = `${id}-mark`;
  const describedBy = [error || hint ? messageId : '', mark ? markId : ''].filter(Boolean).join(' ');
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  });
  const classes = ['field', error && 'field-invalid', mark && 'field-marked', className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>{label}</label>
      {mark && (
        <span className="field-mark" id={markId}>
          {mark}
        </span>
      )}
      {control}
      {error ? (
        <p className="field-error" id={messageId} role="alert">
          {t(error.key, { ...error.params, defaultValue: t('validation.invalid') })}
        </p>
      ) : (
        hint && (
          <p className="field-hint" id={messageId}>
            {hint}
          </p>
        )
      )}
    </div>
  );
}
