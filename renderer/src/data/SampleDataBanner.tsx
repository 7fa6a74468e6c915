import { useTranslation } from 'react-i18next';
import { useDataSource } from '../hooks/use-data-source';

/** Always visible while the sample database is open, so made-up numbers are never mistaken for real ones. */
export function SampleDataBanner() {
  const { t } = useTranslation();
  const { kind, use, switching, error } = useDataSource();
  if (kind !== 'sample') return null;
  return (
    <div className="sample-banner" role="status">
      <span>{t('sample.banner')}</span>
      <button type="button" className="primary" onClick={() => void use('own')} disabled={switching}>
        {switching ? t('sample.switching') : t('sample.back')}
      </button>
      {error && <span className="error">{t('sample.failed', { message: error })}</span>}
    </div>
  );
}

/** The newcomer's way in: opens the separate sample database (filled on first use). */
export function TrySampleButton() {
  const { t } = useTranslation();
  const { kind, use, switching, error } = useDataSource();
  if (kind !== 'own') return null;
  return (
    <>
      <button type="button" onClick={() => void use('sample')} disabled={switching}>
        {switching ? t('sample.switching') : t('sample.try')}
      </button>
      {error && <p className="error">{t('sample.failed', { message: error })}</p>}
    </>
  );
}
