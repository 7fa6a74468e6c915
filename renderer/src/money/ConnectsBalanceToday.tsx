import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { mapErrors, type Errors } from '../forms/errors';
import { formRefusal } from '../forms/error-text';
import { useFormat } from '../hooks/use-format';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { useToast } from '../ui/Toast';

/**
 * "I have N Connects now": main records the difference as an adjustment dated now, so the
 * balance is what Upwork shows from here on, whatever went unrecorded before.
 */
export function ConnectsBalanceToday({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Errors<'connects'>>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!/^\d+$/.test(trimmed)) {
      return setErrors({ connects: { key: trimmed ? 'validation.wholeNumber' : 'validation.required', params: {} } });
    }
    const connects = Number(trimmed);
    const result = await call('connects:setBalance', {
      connects,
      note: t('connectsPlan.today.note', { count: connects }),
    });
    if (!result.ok) {
      const mapped = mapErrors(result.error.fields, { connects: 'connects' as const });
      // A refusal of the whole call (a full disk) is said under the form; what was typed stays.
      setFormError(formRefusal(t, result.error, mapped));
      return setErrors(mapped);
    }
    setErrors({});
    setFormError(null);
    setText('');
    onSaved();
    const formatted = format.number(connects);
    toast.show({ text: t(result.value ? 'connectsPlan.today.done' : 'connectsPlan.today.unchanged', { formatted }) });
  }

  return (
    <div className="connects-balance-today">
      <h3 id="connects-today-title">{t('connectsPlan.today.title')}</h3>
      <p className="field-hint">{t('connectsPlan.today.lead')}</p>
      <form className="inline-form" onSubmit={save} noValidate aria-labelledby="connects-today-title">
        <Field label={t('connectsPlan.today.label')} error={errors.connects}>
          <input
            inputMode="numeric"
            value={text}
            size={8}
            onChange={(e) => {
              setText(e.target.value);
              if (errors.connects) setErrors({});
            }}
          />
        </Field>
        <button type="submit">{t('connectsPlan.today.save')}</button>
      </form>
      <FormError text={formError} />
    </div>
  );
}
