import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import './styles.css';

void initI18n(navigator.language).then((i18n) => {
  // The language the text is in (not the browser's): Chromium picks Han glyph forms by it, and
  // under lang="en" Chinese renders with Japanese shapes (门, 直, 骨).
  document.documentElement.lang = i18n.resolvedLanguage ?? 'en';
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
