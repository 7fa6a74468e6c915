import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/contract';
import { bidwell, load } from './api';
import { HealthBanner } from './components/HealthBanner';
import { LogProposalDialog } from './components/LogProposalDialog';
import { SampleDataBanner } from './components/SampleDataBanner';
import { ToastProvider, useToast } from './components/Toast';
import { DataVersionProvider, useDataVersion } from './hooks/data-version';
import { navigate, routeHref, useRoute } from './hooks/use-route';
import { useShortcuts } from './hooks/use-shortcuts';
import { emptyForm, type ProposalFormValues } from './lib/proposal-form-model';
import { DashboardPage } from './pages/DashboardPage';
import { InsightsPage } from './pages/InsightsPage';
import { ContractsPage } from './pages/ContractsPage';
import { EarningsPage } from './pages/EarningsPage';
import { HealthPage } from './pages/HealthPage';
import { ImportPage } from './pages/ImportPage';
import { ProfilesPage } from './pages/ProfilesPage';
import { ProposalDetailPage } from './pages/ProposalDetailPage';
import { ProposalsPage } from './pages/ProposalsPage';
import { WeekReviewPage } from './pages/WeekReviewPage';
import { SettingsPage } from './pages/SettingsPage';

export function App() {
  return (
    <DataVersionProvider>
      <ToastProvider>
        <Shell />
      </ToastProvider>
    </DataVersionProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  const toast = useToast();
  const { changed } = useDataVersion();
  const [logging, setLogging] = useState(false);
  const [draft, setDraft] = useState<ProposalFormValues | null>(null);

  const openLog = useCallback(async () => {
    if (!draft) setDraft(emptyForm(await load('proposals:defaults')));
    setLogging(true);
  }, [draft]);

  const commands = useMemo<Record<MenuCommand, () => void>>(
    () => ({
      'new-proposal': () => void openLog(),
      'go-dashboard': () => navigate({ page: 'dashboard' }),
      'go-insights': () => navigate({ page: 'insights' }),
      'go-proposals': () => navigate({ page: 'proposals' }),
      'go-profiles': () => navigate({ page: 'profiles' }),
      'go-health': () => navigate({ page: 'health' }),
      'go-settings': () => navigate({ page: 'settings' }),
    }),
    [openLog],
  );

  useEffect(() => bidwell().onMenuCommand((command) => commands[command]()), [commands]);
  useShortcuts(
    useMemo(
      () => ({ 'mod+n': commands['new-proposal'], 'mod+1': commands['go-dashboard'], 'mod+2': commands['go-insights'], 'mod+3': commands['go-proposals'], 'mod+4': commands['go-profiles'], 'mod+5': commands['go-health'], 'mod+,': commands['go-settings'] }),
      [commands],
    ),
  );

  return (
    <div className="app">
      <nav className="sidebar" aria-label={t('common.navigation')}>
        <div className="brand">Bidwell</div>
        <a href={routeHref({ page: 'dashboard' })} aria-current={route.page === 'dashboard' || route.page === 'week' ? 'page' : undefined}>
          {t('dashboard.title')}
        </a>
        <a href={routeHref({ page: 'insights' })} aria-current={route.page === 'insights' ? 'page' : undefined}>
          {t('insights.nav')}
        </a>
        <a href={routeHref({ page: 'proposals' })} aria-current={route.page === 'proposals' || route.page === 'proposal' ? 'page' : undefined}>
          {t('proposals.title')}
        </a>
        <a href={routeHref({ page: 'profiles' })} aria-current={route.page === 'profiles' ? 'page' : undefined}>
          {t('profiles.title')}
        </a>
        <a href={routeHref({ page: 'earnings' })} aria-current={route.page === 'earnings' ? 'page' : undefined}>
          {t('money.earningsTitle')}
        </a>
        <a href={routeHref({ page: 'contracts' })} aria-current={route.page === 'contracts' ? 'page' : undefined}>
          {t('money.contractsTitle')}
        </a>
        <a href={routeHref({ page: 'imports' })} aria-current={route.page === 'imports' ? 'page' : undefined}>
          {t('money.importTitle')}
        </a>
        <a href={routeHref({ page: 'health' })} aria-current={route.page === 'health' ? 'page' : undefined}>
          {t('health.title')}
        </a>
        <a href={routeHref({ page: 'settings' })} aria-current={route.page === 'settings' ? 'page' : undefined}>
          {t('settings.title')}
        </a>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => void openLog()} title={t('proposals.form.shortcut')}>
          {t('proposals.logButton')}
        </button>
        <p className="sidebar-note">{t('common.localOnly')}</p>
      </nav>
      <main className="content">
        <SampleDataBanner />
        <HealthBanner />
        {route.page === 'dashboard' && <DashboardPage week={route.week} onLog={() => void openLog()} />}
        {route.page === 'insights' && <InsightsPage />}
        {route.page === 'week' && <WeekReviewPage week={route.week} />}
        {route.page === 'proposals' && <ProposalsPage onLog={() => void openLog()} />}
        {route.page === 'proposal' && <ProposalDetailPage id={route.id} />}
        {route.page === 'profiles' && <ProfilesPage />}
        {route.page === 'health' && <HealthPage />}
        {route.page === 'settings' && <SettingsPage />}
        {route.page === 'earnings' && <EarningsPage />}
        {route.page === 'contracts' && <ContractsPage />}
        {route.page === 'imports' && <ImportPage />}
      </main>
      {logging && draft && (
        <LogProposalDialog
          draft={draft}
          onDraftChange={setDraft}
          onClose={() => setLogging(false)}
          onDiscard={() => {
            setDraft(null);
            setLogging(false);
          }}
          onLogged={(proposal) => {
            setDraft(null);
            setLogging(false);
            changed();
            toast.show({ text: t('proposals.logged', { title: proposal.jobTitle }) });
          }}
        />
      )}
    </div>
  );
}
