import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, HealthStatus } from '@shared/domain/health';
import { resolveLanguage } from '@shared/i18n/language';
import { notificationText } from '@main/health/notification-text';
import { MainLanguage } from '@main/i18n/translator';
import { buildMenu } from '@main/menu';
import type { Settings } from '@shared/domain/settings';
import type { BackupInfo } from '@shared/domain/backup';
import { value } from '../support/results';
import { testApp } from '../support/temp-db';

// Electron is not there under Node: the menu module gets a Menu that hands back its template.
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template },
  BrowserWindow: { getFocusedWindow: () => null },
}));

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function app(options: Parameters<typeof testApp>[1] = {}) {
  const running = testApp(undefined, options);
  cleanups.push(running.cleanup);
  return running;
}

/** Every label of the menu, submenus flattened, as the template holds them. */
function labels(menu: unknown): string[] {
  return (menu as MenuItemConstructorOptions[]).flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

const finding = (rule: Finding['rule']): Finding => ({
  rule,
  level: 'at_risk',
  judged: true,
  evidence: [],
  threshold: { key: 'x', params: {} },
  advice: [],
});

describe('which language "System" means', () => {
  it('gives Simplified Chinese to zh-CN, zh-SG and the Hans script, English to Traditional, bare zh and the rest', () => {
    for (const tag of ['zh-CN', 'zh-Hans-CN', 'zh-Hans', 'zh-SG'])
      expect(resolveLanguage('system', [tag])).toBe('zh-CN');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant-HK', 'zh', 'en-US', 'fr-FR', 'not a tag'])
      expect(resolveLanguage('system', [tag])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
    // A language chosen in Settings wins over the computer's.
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
    expect(resolveLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
  });
});

describe("main's language follows the setting", () => {
  it('switches the menu and the notifications when Settings saves a language, and only then', () => {
    const { invoke, db } = app();
    const onChange = vi.fn();
    const language = new MainLanguage(() => ['en-US'], onChange);
    const menu = () => labels(buildMenu(false, language.i18n.t));

    language.follow(db);
    expect(onChange).not.toHaveBeenCalled();
    expect(menu()).toEqual(expect.arrayContaining(['&File', 'Log Proposal…', 'Import && backup', 'Quit Bidwell']));

    invoke('settings:update', { language: 'zh-CN' });
    language.follow(db);
    expect(onChange).toHaveBeenCalledTimes(1);
    const zh = menu();
    expect(zh).toEqual(expect.arrayContaining(['文件', '记录提案…', '仪表盘', '账号健康', '全选', '退出 Bidwell']));
    // No English left in the Chinese menu but the product's name.
    expect(zh.filter((label) => /[A-Za-z]/.test(label.replace('Bidwell', '')))).toEqual([]);

    const status: HealthStatus = {
      overall: 'at_risk',
      judged: true,
      findings: [finding('lowConversion'), finding('jss')],
    };
    expect(notificationText(status, language.i18n.t)).toEqual({
      title: 'Bidwell：你的 Upwork 账号健康有风险',
      body: '最近提案发得多，录用却很少。\n你的 JSS（工作成功评分）偏低。\n打开 Bidwell 的“账号健康”页面，看看原因和该怎么做。',
    });

    // Unrelated calls: the menu is not rebuilt.
    invoke('settings:update', { staleDays: 20 });
    language.follow(db);
    expect(onChange).toHaveBeenCalledTimes(1);

    // Back to "System" on an English computer.
    invoke('settings:update', { language: 'system' });
    language.follow(db);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(notificationText(status, language.i18n.t).title).toBe('Bidwell: your Upwork account health is at risk');
  });

  it('starts in the computer’s language and refuses a language it has no catalogue for', () => {
    const { invoke } = app();
    expect(
      new MainLanguage(
        () => ['zh-Hans-CN'],
        () => {},
      ).i18n.t('shell.menu.file'),
    ).toBe('文件');
    const result = invoke('settings:update', { language: 'fr' });
    expect(result).toMatchObject({ ok: false, error: { fields: [{ path: 'language' }] } });
  });

  it('keeps the language across the switch to the sample data and back', () => {
    const { invoke } = app();
    const language = () => value<Settings>(invoke('settings:get', undefined)).language;
    invoke('settings:update', { language: 'zh-CN' });
    invoke('data:use', { kind: 'sample' });
    expect(language()).toBe('zh-CN');
    invoke('settings:update', { language: 'en' });
    invoke('data:use', { kind: 'own' });
    expect(language()).toBe('en');
  });

  it('follows a restored backup that has another language, right after the restore (as the shell wires it)', async () => {
    const onChange = vi.fn();
    const language = new MainLanguage(() => ['en-US'], onChange);
    // What main/index.ts does after every IPC call.
    const { invoke } = app({ afterCall: (db) => language.follow(db) });
    invoke('settings:update', { language: 'zh-CN' });
    const backup = value<BackupInfo>(await invoke('backup:create', undefined));
    invoke('settings:update', { language: 'en' });
    expect(language.i18n.language).toBe('en');
    expect(onChange).toHaveBeenCalledTimes(2);

    await invoke('backup:restore', { name: backup.name });
    expect(language.i18n.language).toBe('zh-CN');
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(labels(buildMenu(false, language.i18n.t))).toEqual(expect.arrayContaining(['文件', '导入与备份']));
  });
});
