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

// The Simplified Chinese catalogue: a chunk of its own in the renderer, loaded only when the
// window shows Chinese (renderer/src/i18n/catalogues.ts).
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
