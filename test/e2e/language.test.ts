import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// The language setting in Chromium: chosen on an English computer, the window turns Chinese at
// once, with Chinese number and date formats, and opens in Chinese the next time.
describe('language setting in Chromium', () => {
  it('turns an English window Chinese without a restart, and keeps it on reload', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language of Bidwell').selectOption('zh-CN');

    await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '仪表盘' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await app.screenshot('language-switched-zh');

    await page.reload();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    expect(await page.getByLabel('Bidwell 的界面语言').inputValue()).toBe('zh-CN');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });
});
