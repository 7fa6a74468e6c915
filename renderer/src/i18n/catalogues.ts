import type { i18n } from 'i18next';

// English is built into the first chunk (it is every language's fallback); another language's
// catalogue is a chunk of its own, fetched when the window first shows that language, so an
// English window does not parse the Chinese text on every start. Fetching it is local and
// quick: a switch of language still shows at once.

const OTHERS: Record<string, () => Promise<Record<string, unknown>>> = {
  'zh-CN': () => import('@shared/i18n/catalogue-zh-CN').then((m) => m.zhCN),
};

/** The catalogue to add for `language` before showing it; none for English or a language without one. */
export function loadCatalogue(language: string): Promise<Record<string, unknown>> | undefined {
  return OTHERS[language]?.();
}

/** Adds `language`'s catalogue to the instance if it has one and it is not there yet. */
export async function ensureCatalogue(instance: i18n, language: string): Promise<void> {
  if (instance.hasResourceBundle(language, 'translation')) return;
  const catalogue = await loadCatalogue(language);
  if (catalogue) instance.addResourceBundle(language, 'translation', catalogue);
}
