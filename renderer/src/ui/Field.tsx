import { cloneElement, useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  label: string;
  /** i18n key and params of the message shown under the control. */
  error?: { key: string; params: Record<string, string | number> } | undefined;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
  className?: string;
}

/** A labelled control with its message beside it, wired for screen readers (aria-invalid, aria-describedby). */
export function Field({ label, error, hint, children, className }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const messageId = `${id}-message`;
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error || hint ? messageId : undefined,
  });
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
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
