import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkInProgress } from './WorkInProgress';

interface FilePickerProps {
  label: string;
  onText: (text: string, name: string) => void;
  /** While the file chosen last is still being worked on. */
  disabled?: boolean;
}

/**
 * A plain file input: the renderer reads the chosen file's text itself (File.text()) and sends
 * the text to main, which never sees a path. Choosing the same file again still fires.
 */
export function FilePicker({ label, onText, disabled = false }: FilePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  return (
    <div className="field file-picker">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-hint`}
        disabled={disabled || reading}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          setReading(true);
          const text = await file.text().finally(() => setReading(false));
          onText(text, file.name);
          if (input.current) input.current.value = '';
        }}
      />
      <span id={`${id}-hint`} className="field-hint">
        {t('money.import.chooseFile')}
      </span>
      {reading && <WorkInProgress text={t('progress.import.reading')} />}
    </div>
  );
}
