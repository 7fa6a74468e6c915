import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsConflicts } from '@shared/contract/settings';
import { WEEK_STARTS, type Settings, type WeekStart } from '@shared/domain/settings';
import { call, load } from '../api';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toast';
import { useDataVersion } from '../hooks/data-version';
import { useLoad } from '../hooks/use-load';
import {
  defaultText,
  errorsFromFields,
  formFromSettings,
  formToPatch,
  TARGET_FIELDS,
  THRESHOLD_GROUPS,
  type SettingsErrors,
  type SettingsFormValues,
  withDefaultThresholds,
} from './settings-form-model';
import { FormError } from '../ui/FormError';
import { ReviewFieldset } from './ReviewFieldset';
import { errorText } from '../forms/error-text';
import { LanguageSection } from './LanguageSection';

export function SettingsPage() {
  // Loaded once: the form must not be reset under the user's typing by unrelated changes.
  const settings = useLoad(() => load('settings:get'), []);
  if (settings.state !== 'ready') return null;
  return <SettingsForm initial={settings.value} />;
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { changed } = useDataVersion();
  const [values, setValues] = useState<SettingsFormValues>(() => formFromSettings(initial));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const computerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);

  const setNumber = (field: keyof SettingsFormValues['numbers'], text: string) =>
    setValues((v) => ({ ...v, numbers: { ...v.numbers, [field]: text } }));

  async function save(event: FormEvent) {
    event.preventDefault();
    const { patch, errors: local } = formToPatch(values);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return setRefusal(t('settings.notSaved'));
    }
    const result = await call('settings:update', patch);
    if (!result.ok) {
      // main stops at the first failing check (ranges before crossing levels); the crossing
      // check is pure and shared, so show its messages too and the user fixes all in one go.
      const crossing = settingsConflicts({ ...initial, ...patch }, new Set(Object.keys(patch)));
      setErrors({ ...errorsFromFields(crossing), ...errorsFromFields(result.error.fields) });
      // Values to fix are marked below; a refusal of the whole call (a full disk) says what it is.
      return setRefusal(result.error.fields.length ? t('settings.notSaved') : errorText(t, result.error));
    }
    setErrors({});
    setRefusal(null);
    changed();
    toast.show({ text: t('settings.saved') });
  }

  const numberField = (field: keyof SettingsFormValues['numbers'], label: string) => (
    <Field key={field} label={label} error={errors[field]} hint={t('settings.default', { value: defaultText(field) })}>
      <input
        inputMode="decimal"
        value={values.numbers[field]}
        onChange={(e) => setNumber(field, e.target.value)}
        size={8}
      />
    </Field>
  );

  return (
    <section className="page settings-page">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
      </header>
      <LanguageSection initial={initial.language} />
      <form onSubmit={save} noValidate>
        <FormError text={refusal} />
        <fieldset className="panel">
          <legend>{t('settings.general')}</legend>
          <div className="settings-grid">
            <Field label={t('settings.weekStart')} error={errors.weekStart}>
              <select
                value={values.weekStart}
                onChange={(e) => setValues((v) => ({ ...v, weekStart: e.target.value as WeekStart }))}
              >
                {WEEK_STARTS.map((w) => (
                  <option key={w} value={w}>
                    {t(`settings.weekStarts.${w}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('settings.timeZone')} error={errors.timeZone}>
              <select value={values.timeZone} onChange={(e) => setValues((v) => ({ ...v, timeZone: e.target.value }))}>
                <option value="">{t('settings.computerZone', { zone: computerZone })}</option>
                {zones.map((z) => (
                  <option key={z} value={z}>
                    {z.replace(/_/g, ' ')}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>

        <fieldset className="panel">
          <legend>{t('settings.healthWarnings')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.healthNotifications}
              onChange={(e) => setValues((v) => ({ ...v, healthNotifications: e.target.checked }))}
            />
            {t('settings.healthNotifications')}
          </label>
          <div className="settings-grid">{numberField('staleDays', t('settings.staleDays'))}</div>
        </fieldset>

        <ReviewFieldset values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={errors} />

        <fieldset className="panel">
          <legend>{t('targets.settings.title')}</legend>
          <p className="field-hint">{t('targets.settings.lead')}</p>
          <div className="settings-grid">
            {TARGET_FIELDS.map((f) => numberField(f, t(`targets.settings.fields.${f}`)))}
          </div>
        </fieldset>

        <fieldset className="panel">
          <legend>{t('connectsPlan.settings.title')}</legend>
          <p className="field-hint">{t('connectsPlan.settings.lead')}</p>
          <div className="settings-grid">
            {numberField('monthlyFreeConnects', t('connectsPlan.settings.monthlyFreeConnects'))}
          </div>
        </fieldset>

        <fieldset className="panel">
          <legend>{t('settings.thresholdsTitle')}</legend>
          <p className="field-hint">{t('settings.thresholdsLead')}</p>
          {THRESHOLD_GROUPS.map(({ group, fields }) => (
            // A fieldset per rule: "Window (days)" appears twice, and the legend tells them apart.
            <fieldset key={group} className="threshold-group">
              <legend>{t(`settings.groups.${group}`)}</legend>
              <div className="settings-grid">{fields.map((f) => numberField(f, t(`settings.fields.${f}`)))}</div>
            </fieldset>
          ))}
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
          {/* Fills the form only; nothing changes until Save, so it is safe to try. */}
          <button type="button" onClick={() => setValues(withDefaultThresholds)}>
            {t('settings.resetDefaults')}
          </button>
        </div>
      </form>
    </section>
  );
}
