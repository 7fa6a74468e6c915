import { useTranslation } from 'react-i18next';
import { BackupsPanel } from '../backup/BackupsPanel';
import { ExportPanel } from '../export/ExportPanel';
import { ProposalsImport } from './ProposalsImport';
import { UpworkImport } from './UpworkImport';
import { WeeklyImport } from './WeeklyImport';

/** Getting data in (Upwork history and Weekly Summary, a proposals sheet) and out (exports, backups). */
export function ImportPage() {
  const { t } = useTranslation();
  return (
    <section className="page money-page">
      <header className="page-header">
        <h1>{t('money.importTitle')}</h1>
      </header>
      <p className="lead">{t('money.import.explain')}</p>
      <UpworkImport />
      <WeeklyImport />
      <ProposalsImport />
      <ExportPanel />
      <BackupsPanel />
    </section>
  );
}
