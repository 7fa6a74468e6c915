import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '@renderer/i18n';
import { applyLanguage } from '@renderer/i18n/apply-language';

// The catalogues as the app registers them (test/unit/i18n-catalogues.test.ts checks their content):
// which language a browser tag gets, and Chinese plurals, which have one form for every count.
describe('languages the renderer serves', () => {
  it('serves zh-CN from the Chinese catalogue, its one "other" form for every count', async () => {
    const i18n = await initI18n('zh-CN', i18next.createInstance());
    expect(i18n.resolvedLanguage).toBe('zh-CN');
    expect(i18n.t('common.nav.health')).toBe('账号健康');
    expect(i18n.t('dashboard.tiles.connectsBalance', { count: 1, formatted: '1' })).toBe('剩余 1 个 Connects');
    expect(i18n.t('health.stale.marked', { count: 1 })).toBe('已将 1 份提案标记为无回复');
    expect(i18n.t('health.stale.marked', { count: 12 })).toBe('已将 12 份提案标记为无回复');
    expect(i18n.t('validation.importRejected', { count: 3, line: 7 })).toBe(
      '没有导入任何内容：共 3 个问题，最早一个在第 7 行',
    );
  });

  it('gives Traditional Chinese and languages without a catalogue English, not Simplified Chinese', async () => {
    const tw = await initI18n('zh-TW', i18next.createInstance());
    expect(tw.resolvedLanguage).toBe('en');
    expect(tw.t('common.nav.health')).toBe('Account health');
    const fr = await initI18n('fr-FR', i18next.createInstance());
    expect(fr.t('health.stale.marked', { count: 1 })).toBe('1 proposal marked as no response');
  });

  it('starts an English window without the Chinese catalogue, and adds it when Chinese is chosen', async () => {
    const i18n = await initI18n('en', i18next.createInstance());
    expect(i18n.hasResourceBundle('zh-CN', 'translation')).toBe(false);
    expect(await applyLanguage(i18n, 'zh-CN')).toBe('zh-CN');
    expect(i18n.t('common.nav.health')).toBe('账号健康');
    expect(await applyLanguage(i18n, 'en')).toBe('en');
    expect(i18n.t('common.nav.health')).toBe('Account health');
  });
});
