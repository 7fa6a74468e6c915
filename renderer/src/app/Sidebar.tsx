import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { SCREENS, type ScreenPage } from '@shared/navigation';
import { navigate, routeHref, type Route } from '../hooks/use-route';
import { ToastRegion } from '../ui/Toast';
import { useSyncView } from '../sync/use-sync-view';

/** The screen a route belongs to in the sidebar: a week review is part of the dashboard, say. */
function screenOf(route: Route): ScreenPage | 'guide' | 'team' {
  if (route.page === 'week') return 'dashboard';
  if (route.page === 'proposal') return 'proposals';
  return route.page;
}

export function Sidebar({ route, onLog, onAbout }: { route: Route; onLog: () => void; onAbout: () => void }) {
  const { t } = useTranslation();
  const current = screenOf(route);
  // The team view only means something with a team: its entry shows once a connection is saved.
  const connection = useSyncView()?.connection ?? null;
  return (
    <nav className="sidebar" aria-label={t('common.navigation')}>
      <div className="brand">Bidwell</div>
      {SCREENS.map(({ page, key }) => (
        <Fragment key={page}>
          <a
            href={routeHref({ page })}
            aria-current={current === page ? 'page' : undefined}
            title={t('common.shortcut', { key: key === ',' ? ',' : key })}
          >
            {t(`common.nav.${page}`)}
          </a>
          {page === 'sync' && connection ? (
            <a href={routeHref({ page: 'team' })} aria-current={current === 'team' ? 'page' : undefined}>
              {t('team.nav')}
            </a>
          ) : null}
        </Fragment>
      ))}
      <span className="spacer" />
      <ToastRegion />
      <button type="button" className="primary" onClick={onLog} title={t('proposals.form.shortcut')}>
        {t('proposals.logButton')}
      </button>
      <p className="sidebar-note">
        {connection ? t('sync.sidebarSyncing', { host: connection.host }) : t('common.localOnly')}
      </p>
      <p className="sidebar-help">
        {/* A button, not a link: the sidebar's links are the screens (the Go menu's list). */}
        <button
          type="button"
          className="link"
          onClick={() => navigate({ page: 'guide' })}
          aria-current={current === 'guide' ? 'page' : undefined}
          title="F1"
        >
          {t('help.sidebarGuide')}
        </button>
        <button type="button" className="link" onClick={onAbout}>
          {t('help.sidebarAbout')}
        </button>
      </p>
    </nav>
  );
}
