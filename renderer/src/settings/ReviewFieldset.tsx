import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '@shared/domain/review';
import { Field } from '../ui/Field';
import type { SettingsErrors, SettingsFormValues } from './settings-form-model';

/** Monday 2027-03-01 and the six days after it: weekday names from Intl, in the user's language. */
function weekdayName(day: Weekday, language: string): string {
  const date = new Date(Date.UTC(2027, 2, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** When the weekly review comes: on or off, the day and the local time. */
export function ReviewFieldset({
  values,
  onChange,
  errors,
}: {
  values: SettingsFormValues;
  onChange: (patch: Partial<SettingsFormValues>) => void;
  errors: SettingsErrors;
}) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="panel">
      <legend>{t('review.settings.title')}</legend>
      <p className="field-hint">{t('review.settings.lead')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.reviewNotifications}
          onChange={(e) => onChange({ reviewNotifications: e.target.checked })}
        />
        {t('review.settings.notifications')}
      </label>
      <div className="settings-grid">
        <Field label={t('review.settings.day')} error={errors.reviewDay}>
          <select value={values.reviewDay} onChange={(e) => onChange({ reviewDay: e.target.value as Weekday })}>
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {weekdayName(day, i18n.language)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('review.settings.time')} error={errors.reviewTime}>
          <input type="time" value={values.reviewTime} onChange={(e) => onChange({ reviewTime: e.target.value })} />
        </Field>
      </div>
    </fieldset>
  );
}
