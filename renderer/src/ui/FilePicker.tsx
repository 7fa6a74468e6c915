import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A plain file input: the renderer reads the chosen file's text itself (File.text()) and sends
 * the text to main, which never sees a path. Choosing the same file again still fires.
 */
export function FilePicker({ label, onText }: { label: string; onText: (text: string, name: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field file-picker">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-hint`}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          onText(await file.text(), file.name);
          if (input.current) input.current.value = '';
        }}
      />
      <span id={`${id}-hint`} className="field-hint">
        {t('money.import.chooseFile')}
      </span>
    </div>
  );
}
