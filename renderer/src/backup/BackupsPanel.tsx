import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/domain/backup';
import { call, load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useLoad } from '../hooks/use-load';
import { Modal } from '../ui/Modal';
import { errorText } from '../forms/error-text';
import { OpenBackupsFolder } from './OpenBackupsFolder';

/** Backups beside the database: list, make one now, restore one (asked for once, then done). */
export function BackupsPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const { version, changed } = useDataVersion();
  const [tick, setTick] = useState(0);
  const list = useLoad(() => load('backup:list'), [version, tick]);
  const [working, setWorking] = useState(false);
  // Worded at render, not when set: a restore can switch the language (the backup's own setting).
  const [message, setMessage] = useState<((t: TFunction, f: typeof format) => string) | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  async function backUp() {
    setWorking(true);
    const result = await call('backup:create');
    setWorking(false);
    setMessage(() => (tr: TFunction) => (result.ok ? tr('money.backup.made') : errorText(tr, result.error)));
    setTick((n) => n + 1);
  }

  async function restore(backup: BackupInfo) {
    setConfirming(null);
    const result = await call('backup:restore', { name: backup.name });
    if (!result.ok) {
      setMessage(() => (tr: TFunction) => errorText(tr, result.error));
      return;
    }
    setMessage(
      () => (tr: TFunction, f: typeof format) => tr('money.backup.restored', { date: f.dateTime(backup.createdAt) }),
    );
    changed(); // Every screen reloads from the restored data.
  }

  return (
    <section className="panel" aria-labelledby="backups-title">
      <header className="page-header">
        <h2 id="backups-title">{t('money.backup.title')}</h2>
        <button type="button" onClick={() => void backUp()} disabled={working}>
          {working ? t('money.backup.working') : t('money.backup.now')}
        </button>
      </header>
      <p className="muted">{t('money.backup.explain')}</p>
      {message && <p role="status">{message(t, format)}</p>}
      {list.state === 'ready' && (
        <>
          <p className="muted money-folder">
            {t('money.backup.folder', { folder: list.value.folder })} <OpenBackupsFolder />
          </p>
          {list.value.backups.length === 0 && <p>{t('money.backup.empty')}</p>}
          {list.value.backups.length > 0 && (
            <table>
              <tbody>
                {list.value.backups.map((b) => (
                  <tr key={b.name}>
                    <td className="nowrap">{format.dateTime(b.createdAt)}</td>
                    <td>{t(`money.backup.reasons.${b.reason}`)}</td>
                    <td className="num muted">
                      {t('money.backup.size', { size: format.number(Math.ceil(b.sizeBytes / 1024)) })}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        aria-label={t('money.backup.restoreLabel', { date: format.dateTime(b.createdAt) })}
                        onClick={() => setConfirming(b)}
                      >
                        {t('money.backup.restore')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {confirming && (
        <Modal title={t('money.backup.confirmTitle')} onClose={() => setConfirming(null)}>
          <p>{t('money.backup.confirmBody', { date: format.dateTime(confirming.createdAt) })}</p>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void restore(confirming)}>
              {t('money.backup.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
