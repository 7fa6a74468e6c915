import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ChoiceSelectProps {
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  choices: readonly string[];
  /** i18n prefix of the choices' labels: `${labelPrefix}.${choice}`. */
  labelPrefix: string;
  /** Label of the empty choice ("not set", "all …"). */
  emptyLabel: string;
  id?: string;
  'aria-label'?: string;
}

/** A select over an enum's values with an empty choice first; labels come from the catalogue. */
export function ChoiceSelect({ choices, labelPrefix, emptyLabel, ...props }: ChoiceSelectProps) {
  const { t } = useTranslation();
  return (
    <select {...props}>
      <option value="">{emptyLabel}</option>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {t(`${labelPrefix}.${choice}`)}
        </option>
      ))}
    </select>
  );
}
