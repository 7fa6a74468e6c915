import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLanguage } from '@shared/i18n/language';
import { call } from './api';
import { App } from './app/App';
import { askDashboardEarly, DEFAULT_TRAILING, earlyDashboardSettled } from './dashboard/startup-dashboard';
import { parseRoute } from './hooks/use-route';
import { initI18n } from './i18n';
import { systemLanguages } from './i18n/apply-language';
import './styles.css';
import './print.css';

/**
 * The stored language, read before the first paint so the window never flashes another one.
 * A database that cannot be read yet leaves "System"; the screen that opens says what is wrong.
 */
async function startingLanguage() {
  const settings = await call('settings:get');
  return resolveLanguage(settings.ok ? settings.value.language : 'system', systemLanguages());
}

const starting = startingLanguage();
// Asked right behind the language: main answers both while this page is still starting.
const route = parseRoute(window.location.hash);
if (route.page === 'dashboard') askDashboardEarly({ week: route.week, trailing: DEFAULT_TRAILING });

// The first render waits for the dashboard's answer too (main gives it right after the language):
// the window then opens with its figures in one frame rather than an empty page first.
void starting
  .then((language) => initI18n(language))
  .then(async (i18n) => {
    await earlyDashboardSettled();
    // The language the text is in (not the browser's): Chromium picks Han glyph forms by it, and
    // under lang="en" Chinese renders with Japanese shapes (门, 直, 骨).
    document.documentElement.lang = i18n.language;
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
