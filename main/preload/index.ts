import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BidwellApi, ChannelName } from '@shared/contract';
import { MENU_COMMAND_EVENT, type MenuCommand } from '@shared/navigation';

/** Put in by the build (electron.vite.config.ts) from the contract's channel names. */
declare const __BIDWELL_CHANNELS__: ChannelName[];

// One function per channel, derived from the contract, and one listener that drops the event
// object and returns its unsubscribe. No raw ipcRenderer reaches the page.
const calls = Object.fromEntries(
  __BIDWELL_CHANNELS__.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
);

const api = {
  ...calls,
  onMenuCommand(listener: (command: MenuCommand, text?: string) => void) {
    const forward = (_event: IpcRendererEvent, command: MenuCommand, text?: unknown) =>
      listener(command, typeof text === 'string' ? text : undefined);
    ipcRenderer.on(MENU_COMMAND_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_EVENT, forward);
    };
  },
} as BidwellApi;

contextBridge.exposeInMainWorld('bidwell', api);
