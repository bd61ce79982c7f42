/**
 * The renderer's only way to the main process: exactly the contract's channels, as
 * `window.api`, each forwarding its payload over one IPC channel that the main process validates.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api, CallTag, LongCalls } from '../../shared/ipc/contract';
import { isCallTag, isProgressEvent } from '../../shared/ipc/call-context';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { CANCEL_CHANNEL, IPC_CHANNEL, PROGRESS_CHANNEL, WORKER_RESTART_CHANNEL } from './ipc-channel';
import { MENU_CHANNEL, isMenuCommand, type MenuCommand } from '../../shared/ipc/menu-commands';

const api = Object.freeze(
  Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [
      channel,
      (input: unknown, call?: CallTag) =>
        ipcRenderer.invoke(IPC_CHANNEL, channel, input, isCallTag(call) ? call : null),
    ]),
  ),
) as Api;

contextBridge.exposeInMainWorld('api', api);

/** Subscribes `listener` to `channel`, passing on only what `accept` lets through. */
function listen<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void) {
  const forward = (_event: unknown, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, forward);
  return () => void ipcRenderer.off(channel, forward);
}

const longCalls: LongCalls = {
  onProgress: (listener) => listen(PROGRESS_CHANNEL, isProgressEvent, listener),
  cancel(call) {
    if (isCallTag(call)) ipcRenderer.send(CANCEL_CHANNEL, call);
  },
  onWorkerRestart: (listener) =>
    listen(
      WORKER_RESTART_CHANNEL,
      (value): value is null => value === null,
      () => listener(),
    ),
};
contextBridge.exposeInMainWorld('longCalls', Object.freeze(longCalls));

// The File menu's commands, passed on only when they are one of the known words.
contextBridge.exposeInMainWorld(
  'menuCommands',
  Object.freeze({
    subscribe: (listener: (command: MenuCommand) => void): (() => void) =>
      listen(MENU_CHANNEL, isMenuCommand, listener),
  }),
);
