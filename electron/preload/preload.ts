/**
 * The renderer's only way to the main process: exactly the contract's channels, as
 * `window.api`, each forwarding its payload over one IPC channel that the main process validates.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/ipc/contract';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { IPC_CHANNEL } from './ipc-channel';
import { MENU_CHANNEL, isMenuCommand, type MenuCommand } from '../../shared/ipc/menu-commands';

const api = Object.freeze(
  Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [
      channel,
      (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, channel, input),
    ]),
  ),
) as Api;

contextBridge.exposeInMainWorld('api', api);

// The File menu's commands, passed on only when they are one of the known words.
contextBridge.exposeInMainWorld(
  'menuCommands',
  Object.freeze({
    subscribe(listener: (command: MenuCommand) => void): () => void {
      const forward = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipcRenderer.on(MENU_CHANNEL, forward);
      return () => ipcRenderer.off(MENU_CHANNEL, forward);
    },
  }),
);
