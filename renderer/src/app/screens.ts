import { lazyNamed } from '../lib/lazy-named';

// Every screen but the dashboard (the one the app opens on) loads when first opened, each in a
// chunk of its own: the first paint parses only the shell and the dashboard.
export const WeekReviewPage = lazyNamed(() => import('../dashboard/WeekReviewPage'), 'WeekReviewPage');
export const InsightsPage = lazyNamed(() => import('../insights/InsightsPage'), 'InsightsPage');
export const ProposalsPage = lazyNamed(() => import('../proposals/ProposalsPage'), 'ProposalsPage');
export const ProposalDetailPage = lazyNamed(() => import('../proposals/ProposalDetailPage'), 'ProposalDetailPage');
export const ProfilesPage = lazyNamed(() => import('../profiles/ProfilesPage'), 'ProfilesPage');
export const EarningsPage = lazyNamed(() => import('../money/EarningsPage'), 'EarningsPage');
export const ContractsPage = lazyNamed(() => import('../money/ContractsPage'), 'ContractsPage');
export const ImportPage = lazyNamed(() => import('../imports/ImportPage'), 'ImportPage');
export const HealthPage = lazyNamed(() => import('../health/HealthPage'), 'HealthPage');
export const SyncPage = lazyNamed(() => import('../sync/SyncPage'), 'SyncPage');
export const TeamPage = lazyNamed(() => import('../team/TeamPage'), 'TeamPage');
export const SettingsPage = lazyNamed(() => import('../settings/SettingsPage'), 'SettingsPage');
export const GuidePage = lazyNamed(() => import('../help/GuidePage'), 'GuidePage');
