import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// The UI language follows the browser's (navigator.language) until a language setting exists:
// a Chromium running in zh-CN must show the Simplified Chinese catalogue on every screen, with
// numbers and dates formatted for zh-CN. The screenshots are for a person to read.
describe('Simplified Chinese in Chromium', () => {
  it('shows the screens in Chinese: dashboard, log form, health, earnings, insights, import, settings', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;

    await page.getByRole('heading', { name: '记录第一份提案，你的每周仪表盘就开始了' }).waitFor();
    // Marked as Chinese, so Chromium draws Han characters in their Chinese forms, not Japanese.
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      '仪表盘',
      '转化分析',
      '提案',
      '简历',
      '收入',
      '合同',
      '导入与备份',
      '账号健康',
      '同步',
      '设置',
    ]);

    await page.getByRole('button', { name: '用示例数据试试' }).click();
    await page.getByText('你正在查看示例数据').waitFor();
    // The week's dates come from Intl in zh-CN, the words around them from the catalogue.
    await page.getByText(/^2\d{3}\/\d{1,2}\/\d{1,2} – .+ 当周/).waitFor();
    await page.locator('.recharts-line').first().waitFor();
    await page.getByRole('heading', { name: '按发送周统计的提案录用率' }).waitFor();
    expect(await page.locator('.tile h3').first().textContent()).toBe('已发送提案');
    await app.screenshot('zh-01-dashboard');

    // The log form, refusing a bad link beside its field in Chinese, keeping what was typed.
    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: '记录一份提案' });
    await dialog.waitFor();
    await page.keyboard.type('为物流初创公司做 React 仪表盘');
    await dialog.getByLabel('职位链接').fill('不是链接');
    await page.keyboard.press('Enter');
    await dialog.getByText('请输入以 https:// 开头的网址').waitFor();
    expect(await dialog.getByLabel('职位标题').inputValue()).toBe('为物流初创公司做 React 仪表盘');
    await app.screenshot('zh-02-log-form-error');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: '账号健康' }).click();
    await page.getByRole('heading', { name: '账号健康', level: 1 }).waitFor();
    await page
      .getByRole('article', { name: '提案多，录用少' })
      .getByText(/^最近 30 天：发送 [\d,]+ 份，录用 [\d,]+ 次。$/)
      .waitFor();
    await page.getByRole('heading', { name: 'Top Rated 进度' }).waitFor();
    await app.screenshot('zh-03-health');

    await page.getByRole('link', { name: '收入' }).click();
    await page.getByRole('heading', { name: '收入', level: 1 }).waitFor();
    await page.getByText('Upwork 服务费').waitFor();
    await app.screenshot('zh-04-earnings');

    await page.getByRole('link', { name: '转化分析' }).click();
    await page.getByRole('heading', { name: '哪些提案更容易接单' }).waitFor();
    await page.locator('.insights-table tbody tr').first().waitFor();
    await app.screenshot('zh-05-insights');

    await page.getByRole('link', { name: '导入与备份' }).click();
    await page.getByRole('heading', { name: 'Upwork 交易记录' }).waitFor();
    await app.screenshot('zh-06-import');

    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
    await page.getByLabel('多少天没有消息后，把提案列为等待结果').waitFor();
    await app.screenshot('zh-07-settings');
  });
});
