import client from './en/client.json';
import common from './en/common.json';
import connectsPlan from './en/connectsPlan.json';
import dashboard from './en/dashboard.json';
import forecast from './en/forecast.json';
import glance from './en/glance.json';
import health from './en/health.json';
import help from './en/help.json';
import hours from './en/hours.json';
import insights from './en/insights.json';
import language from './en/language.json';
import money from './en/money.json';
import profiles from './en/profiles.json';
import progress from './en/progress.json';
import proposals from './en/proposals.json';
import review from './en/review.json';
import sample from './en/sample.json';
import settings from './en/settings.json';
import sync from './en/sync.json';
import targets from './en/targets.json';
import team from './en/team.json';
import shell from './en/shell.json';
import validation from './en/validation.json';
import zhCNClient from './zh-CN/client.json';
import zhCNCommon from './zh-CN/common.json';
import zhCNConnectsPlan from './zh-CN/connectsPlan.json';
import zhCNDashboard from './zh-CN/dashboard.json';
import zhCNForecast from './zh-CN/forecast.json';
import zhCNGlance from './zh-CN/glance.json';
import zhCNHealth from './zh-CN/health.json';
import zhCNHelp from './zh-CN/help.json';
import zhCNHours from './zh-CN/hours.json';
import zhCNInsights from './zh-CN/insights.json';
import zhCNLanguage from './zh-CN/language.json';
import zhCNMoney from './zh-CN/money.json';
import zhCNProfiles from './zh-CN/profiles.json';
import zhCNProgress from './zh-CN/progress.json';
import zhCNProposals from './zh-CN/proposals.json';
import zhCNReview from './zh-CN/review.json';
import zhCNSample from './zh-CN/sample.json';
import zhCNSettings from './zh-CN/settings.json';
import zhCNSync from './zh-CN/sync.json';
import zhCNTargets from './zh-CN/targets.json';
import zhCNTeam from './zh-CN/team.json';
import zhCNShell from './zh-CN/shell.json';
import zhCNValidation from './zh-CN/validation.json';

// The catalogues both processes read: the renderer binds them to React (renderer/src/i18n), main
// may translate its menu, notifications and dialogs with plain i18next. One catalogue per
// language, split by screen so translators and features touch separate files.
export const en = {
  client,
  common,
  connectsPlan,
  dashboard,
  forecast,
  glance,
  health,
  help,
  hours,
  insights,
  language,
  money,
  profiles,
  progress,
  proposals,
  review,
  sample,
  settings,
  sync,
  targets,
  team,
  shell,
  validation,
};
export const zhCN = {
  client: zhCNClient,
  common: zhCNCommon,
  connectsPlan: zhCNConnectsPlan,
  dashboard: zhCNDashboard,
  forecast: zhCNForecast,
  glance: zhCNGlance,
  health: zhCNHealth,
  help: zhCNHelp,
  hours: zhCNHours,
  insights: zhCNInsights,
  language: zhCNLanguage,
  money: zhCNMoney,
  profiles: zhCNProfiles,
  progress: zhCNProgress,
  proposals: zhCNProposals,
  review: zhCNReview,
  sample: zhCNSample,
  settings: zhCNSettings,
  sync: zhCNSync,
  targets: zhCNTargets,
  team: zhCNTeam,
  shell: zhCNShell,
  validation: zhCNValidation,
};

/** i18next's `resources`: 'zh-CN' as a whole, so 'zh-TW' falls back to English, not Simplified characters. */
export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } };

export const FALLBACK_LANGUAGE = 'en';
