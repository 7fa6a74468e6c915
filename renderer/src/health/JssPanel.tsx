import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@shared/contract';
import { JSS_BANDS, type JssEntry } from '@shared/domain/health';
import { jssBand } from '@shared/health/jss';
import { call } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toast';
import { formatDay } from './use-statement';
import { FormError } from '../ui/FormError';
import { errorText, formRefusal } from '../forms/error-text';

type Errors = Partial<Record<'recordedOn' | 'score', { key: string; params: Record<string, string | number> }>>;

function errorsOf(fields: FieldError[]): Errors {
  const errors: Errors = {};
  for (const f of fields)
    if (f.path === 'recordedOn' || f.path === 'score') errors[f.path] ??= { key: f.key, params: f.params };
  return errors;
}

/** JSS history, newest first, each with its band, and a small form to record today's. */
export function JssPanel({ entries, today }: { entries: JssEntry[]; today: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { changed } = useDataVersion();
  const toast = useToast();
  const [recordedOn, setRecordedOn] = useState(today);
  const [score, setScore] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const text = score.trim().replace(/%$/, '');
    const value = Number(text);
    // Read here so "abc" is named as what it is instead of failing as a wrong type in main.
    if (text === '' || !Number.isFinite(value))
      return setErrors({ score: { key: text === '' ? 'validation.required' : 'validation.number', params: {} } });
    const result = await call('health:addJss', { recordedOn, score: value });
    if (!result.ok) {
      const mapped = errorsOf(result.error.fields);
      // A refusal of the whole call (a full disk) is said under the form; the score typed stays.
      setFormError(formRefusal(t, result.error, mapped));
      return setErrors(mapped);
    }
    setErrors({});
    setFormError(null);
    setScore('');
    changed();
  }

  async function remove(entry: JssEntry) {
    const result = await call('health:deleteJss', { id: entry.id });
    if (!result.ok) return toast.show({ text: errorText(t, result.error) });
    changed();
    toast.show({
      text: t('health.jss.deleted', { score: entry.score }),
      action: {
        label: t('common.undo'),
        run: async () => {
          const restored = await call('health:addJss', { recordedOn: entry.recordedOn, score: entry.score });
          if (!restored.ok) toast.show({ text: errorText(t, restored.error) });
          changed();
        },
      },
    });
  }

  const newestFirst = [...entries].reverse();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('health.jss.title')}</h2>
      <ul className="jss-bands" aria-label={t('health.jss.title')}>
        {JSS_BANDS.map((band) => (
          <li key={band} className={`band band-${band}`}>
            {t(`health.jss.bands.${band}`)}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={add} noValidate>
        <Field label={t('health.jss.date')} error={errors.recordedOn}>
          <input type="date" value={recordedOn} max={today} onChange={(e) => setRecordedOn(e.target.value)} />
        </Field>
        <Field label={t('health.jss.score')} error={errors.score}>
          <input inputMode="numeric" value={score} onChange={(e) => setScore(e.target.value)} size={5} />
        </Field>
        <button type="submit" className="primary">
          {t('health.jss.add')}
        </button>
      </form>
      <FormError text={formError} />
      {entries.length === 0 ? (
        <p className="muted">{t('health.jss.empty')}</p>
      ) : (
        <table className="jss-history">
          <thead>
            <tr>
              <th>{t('health.jss.date')}</th>
              <th className="num">{t('health.jss.score')}</th>
              <th />
              <th />
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((entry) => {
              const band = jssBand(entry.score);
              const date = formatDay(entry.recordedOn, i18n.language);
              return (
                <tr key={entry.id}>
                  <td>{date}</td>
                  <td className="num">{entry.score}%</td>
                  <td>
                    <span className={`band band-${band}`}>{t(`health.jss.bands.${band}`)}</span>
                  </td>
                  <td className="num">
                    <button
                      type="button"
                      className="icon"
                      aria-label={t('health.jss.deleteLabel', { date })}
                      onClick={() => void remove(entry)}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
