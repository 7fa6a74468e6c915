import { useTranslation } from 'react-i18next';
import { load } from '../api';
import { useLoad } from '../hooks/use-load';
import { Modal } from '../ui/Modal';
import { OpenBackupsFolder } from '../backup/OpenBackupsFolder';

/** Help → About: the version, and where the data lives (the user's own, its backups, the sample). */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const about = useLoad(() => load('data:about'), []);
  return (
    <Modal title={t('help.about.title')} onClose={onClose}>
      {about.state === 'ready' && (
        <>
          <p className="lead">{t('help.about.version', { version: about.value.version })}</p>
          <dl className="facts about-facts">
            <div>
              <dt>{t('help.about.ownFile')}</dt>
              <dd>
                <code>{about.value.ownFile}</code>
              </dd>
            </div>
            <div>
              <dt>{t('help.about.backups')}</dt>
              <dd>
                <code>{about.value.backupsFolder}</code>
              </dd>
            </div>
            <div>
              <dt>{t('help.about.sampleFile')}</dt>
              <dd>
                <code>{about.value.sampleFile}</code>
              </dd>
            </div>
          </dl>
          <p className="muted">
            {t(about.value.open === 'own' ? 'help.about.ownOpen' : 'help.about.sampleOpen')} {t('common.localOnly')}
          </p>
        </>
      )}
      {about.state === 'error' && <p className="error">{about.message}</p>}
      <div className="form-actions">
        <OpenBackupsFolder />
        <span className="spacer" />
        <button type="button" className="primary" onClick={onClose}>
          {t('help.about.close')}
        </button>
      </div>
    </Modal>
  );
}
