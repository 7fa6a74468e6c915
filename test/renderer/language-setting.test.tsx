import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { installRealBackend } from './real-backend';

let backend: ReturnType<typeof installRealBackend>;
afterEach(async () => {
  backend.app.cleanup();
  // The other tests of this run read English.
  await i18next.changeLanguage('en');
  document.documentElement.lang = 'en';
});

const storedLanguage = () =>
  backend.app.db.prepare("SELECT value FROM settings WHERE key = 'language'").pluck().get() as string | undefined;

describe('language setting (jsdom, real handlers on SQLite)', () => {
  it('switches the whole window at once when a language is chosen, and stores it', async () => {
    backend = installRealBackend();
    window.location.hash = '#/settings';
    render(<App />);
    const user = userEvent.setup();

    const language = await screen.findByLabelText('Language of Bidwell');
    // "System" names what the computer's language gives (jsdom says en-US).
    expect(within(language).getByRole('option', { name: 'Same as this computer (English)' })).toBeInTheDocument();
    expect(storedLanguage()).toBeUndefined();

    await user.selectOptions(language, '简体中文');
    expect(await screen.findByRole('heading', { name: '设置', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('语言已切换')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '账号健康' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(storedLanguage()).toBe('"zh-CN"');
    // The rest of the form was not saved with it, nor reset.
    expect(screen.getByLabelText('Bidwell 的界面语言')).toHaveValue('zh-CN');

    await user.selectOptions(screen.getByLabelText('Bidwell 的界面语言'), 'system');
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(storedLanguage()).toBe('"system"');
  });
});
