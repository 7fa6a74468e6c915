import { channelNames } from '@shared/contract';
import type { Invoke } from './invoke';

/** The part of Electron's ipcMain this needs; an interface so tests can drive it without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, input: unknown) => unknown): void;
}

export interface SenderEvent {
  senderFrame: { url: string } | null;
}

/**
 * Registers every channel of the contract. A message from any frame other than our own page
 * (an injected iframe, a page navigated elsewhere) is refused before its input is even parsed.
 */
export function registerHandlers(ipcMain: IpcMainLike, invoke: Invoke, isTrustedUrl: (url: string) => boolean): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) {
        return { ok: false, error: { key: 'errors.untrustedSender', message: `Refused call from ${url}`, fields: [] } };
      }
      return invoke(channel, input);
    });
  }
}
