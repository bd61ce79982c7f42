/**
 * The renderer's only way to the main process: exactly the contract's channels, as
 * `window.api`, each forwarding its payload over one IPC channel that the main process validates.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/ipc/contract';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { IPC_CHANNEL } from './ipc-channel';

const api = Object.freeze(
  Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [
      channel,
      (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, channel, input),
    ]),
  ),
) as Api;

contextBridge.exposeInMainWorld('api', api);
