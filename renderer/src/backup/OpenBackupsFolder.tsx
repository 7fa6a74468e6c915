import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { errorText } from '../forms/error-text';

/** Shows the backups folder in the system's file manager, to copy a backup elsewhere. */
export function OpenBackupsFolder() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  async function open() {
    const result = await call('backup:openFolder');
    setProblem(result.ok ? null : errorText(t, result.error));
  }
  return (
    <>
      <button type="button" onClick={() => void open()}>
        {t('help.openBackups')}
      </button>
      {problem && (
        <span className="error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
