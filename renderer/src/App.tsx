import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/contract';
import { bidwell, load } from './api';
import { HealthBanner } from './components/HealthBanner';
import { LogProposalDialog } from './components/LogProposalDialog';
import { ToastProvider, useToast } from './components/Toast';
import { DataVersionProvider, useDataVersion } from './hooks/data-version';
import { navigate, routeHref, useRoute } from './hooks/use-route';
import { useShortcuts } from './hooks/use-shortcuts';
import { emptyForm, type ProposalFormValues } from './lib/proposal-form-model';
import { HealthPage } from './pages/HealthPage';
import { ProfilesPage } from './pages/ProfilesPage';
import { ProposalDetailPage } from './pages/ProposalDetailPage';
import { ProposalsPage } from './pages/ProposalsPage';
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
      'go-proposals': () => navigate({ page: 'proposals' }),
      'go-profiles': () => navigate({ page: 'profiles' }),
    }),
    [openLog],
  );

  useEffect(() => bidwell().onMenuCommand((command) => commands[command]()), [commands]);
  useShortcuts(
    useMemo(
      () => ({ 'mod+n': commands['new-proposal'], 'mod+1': commands['go-proposals'], 'mod+2': commands['go-profiles'] }),
      [commands],
    ),
  );

  return (
    <div className="app">
      <nav className="sidebar" aria-label={t('common.navigation')}>
        <div className="brand">Bidwell</div>
        <a href={routeHref({ page: 'proposals' })} aria-current={route.page === 'proposals' || route.page === 'proposal' ? 'page' : undefined}>
          {t('proposals.title')}
        </a>
        <a href={routeHref({ page: 'profiles' })} aria-current={route.page === 'profiles' ? 'page' : undefined}>
          {t('profiles.title')}
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
        <HealthBanner />
        {route.page === 'proposals' && <ProposalsPage onLog={() => void openLog()} />}
        {route.page === 'proposal' && <ProposalDetailPage id={route.id} />}
        {route.page === 'profiles' && <ProfilesPage />}
        {route.page === 'health' && <HealthPage />}
        {route.page === 'settings' && <SettingsPage />}
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
