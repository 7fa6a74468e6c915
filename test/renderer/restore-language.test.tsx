import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import type { BackupInfo } from '@shared/domain/backup';
import { value } from '../support/results';
import { installRealBackend } from './real-backend';

// A backup carries its own language setting: restoring one made in Chinese into an English
// window shows Chinese at once (the sidebar, <html lang>, the restore's own message), not only
// after the next start.

let backend: ReturnType<typeof installRealBackend>;
afterEach(async () => {
  backend.app.cleanup();
  await i18next.changeLanguage('en-US');
  document.documentElement.lang = 'en-US';
});

describe('restoring a backup with another language', () => {
  it('switches the window to the language stored in the backup', async () => {
    backend = installRealBackend();
    const { invoke } = backend.app;
    invoke('settings:update', { language: 'zh-CN' });
    value<BackupInfo>(await invoke('backup:create', undefined));
    invoke('settings:update', { language: 'en' });

    window.location.hash = '#/imports';
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Restore the backup of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));

    const nav = screen.getByRole('navigation');
    expect(await within(nav).findByRole('link', { name: '导入与备份' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(await screen.findByText(/^已恢复 .* 的备份。/)).toBeInTheDocument();
  });
});
