import { Suspense, useEffect, useMemo, useState } from 'react';
import type { MenuCommand } from '@shared/contract';
import { SCREENS } from '@shared/navigation';
import { bidwell } from '../api';
import { HealthBanner } from '../health/HealthBanner';
import { useLogProposal } from '../proposals/LogProposal';
import { SampleDataBanner } from '../data/SampleDataBanner';
import { Sidebar } from './Sidebar';
import { ToastProvider } from '../ui/Toast';
import { DataVersionProvider } from '../hooks/data-version';
import { navigate, useRoute, type Route } from '../hooks/use-route';
import { useShortcuts } from '../hooks/use-shortcuts';
import { UserZoneProvider } from '../hooks/user-zone';
import { useStoredLanguage } from '../i18n/use-stored-language';
import { DashboardPage } from '../dashboard/DashboardPage';
import {
  ContractsPage,
  EarningsPage,
  GuidePage,
  HealthPage,
  ImportPage,
  InsightsPage,
  ProfilesPage,
  ProposalDetailPage,
  ProposalsPage,
  SettingsPage,
  SyncPage,
  TeamPage,
  WeekReviewPage,
} from './screens';
import { AboutDialog } from '../help/AboutDialog';
import { useJobPostPaste } from '../proposals/use-job-post-paste';
import { usePulledChanges } from '../sync/use-pulled-changes';

export function App() {
  return (
    <DataVersionProvider>
      <UserZoneProvider>
        <ToastProvider>
          <Shell />
        </ToastProvider>
      </UserZoneProvider>
    </DataVersionProvider>
  );
}

function Page({ route, onLog }: { route: Route; onLog: () => void }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage week={route.week} onLog={onLog} />;
    case 'week':
      return <WeekReviewPage week={route.week} />;
    case 'insights':
      return <InsightsPage />;
    case 'proposals':
      return <ProposalsPage onLog={onLog} />;
    case 'proposal':
      return <ProposalDetailPage id={route.id} />;
    case 'profiles':
      return <ProfilesPage />;
    case 'earnings':
      return <EarningsPage />;
    case 'contracts':
      return <ContractsPage />;
    case 'imports':
      return <ImportPage />;
    case 'health':
      return <HealthPage />;
    case 'settings':
      return <SettingsPage />;
    case 'sync':
      return <SyncPage />;
    case 'team':
      return <TeamPage />;
    case 'guide':
      return <GuidePage />;
  }
}

function Shell() {
  const route = useRoute();
  const { openLog, openLogWithPaste, dialog } = useLogProposal();
  const [aboutOpen, setAboutOpen] = useState(false);
  useStoredLanguage();
  usePulledChanges();

  // Menu items (Electron) and key presses (any browser) run the same commands.
  const commands = useMemo(() => {
    const go = Object.fromEntries(SCREENS.map(({ page }) => [`go:${page}`, () => navigate({ page })]));
    return {
      ...go,
      'new-proposal': openLog,
      'paste-job-post': (text?: string) => openLogWithPaste(text ?? ''),
      'help:guide': () => navigate({ page: 'guide' }),
      'help:about': () => setAboutOpen(true),
    } as Record<MenuCommand, (text?: string) => void>;
  }, [openLog, openLogWithPaste]);
  useJobPostPaste(openLogWithPaste);
  useEffect(
    () =>
      bidwell().onMenuCommand((command, text) => {
        // The weekly review's notification opens the review of the week it names.
        if (command.startsWith('review:')) return navigate({ page: 'week', week: command.slice('review:'.length) });
        commands[command]?.(text);
      }),
    [commands],
  );
  useShortcuts(
    useMemo(
      () => ({
        'mod+n': commands['new-proposal'],
        f1: commands['help:guide'],
        ...Object.fromEntries(SCREENS.map(({ page, key }) => [`mod+${key}`, commands[`go:${page}`]])),
      }),
      [commands],
    ),
  );

  return (
    <div className="app">
      <Sidebar route={route} onLog={openLog} onAbout={() => setAboutOpen(true)} />
      <main className="content">
        <SampleDataBanner />
        <HealthBanner />
        <Suspense fallback={<section className="page" aria-busy="true" />}>
          <Page route={route} onLog={openLog} />
        </Suspense>
      </main>
      {dialog}
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </div>
  );
}
