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

// The English catalogue, split by screen so translators and features touch separate files. It is
// also every other language's fallback, so the renderer always loads it.
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

export type Catalogue = typeof en;
