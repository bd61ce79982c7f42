/**
 * The window's requests, routed off the main thread: every channel runs in the database
 * utilityProcess through the same `dispatch` (electron/worker/), except the PDF export, which
 * needs Chromium's printer and so runs here. Progress of a tagged call goes back to the window
 * that made it; a cancel from that window reaches its call; a crash of the worker is said in the
 * window, and the worker is restarted by the client.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { isCallTag } from '../../shared/ipc/call-context';
import type { IpcResult } from '../../shared/ipc/contract';
import { dispatch } from '../services/dispatch';
import type { PreviewStore } from '../services/previews';
import { createWorkerClient } from '../worker/client';
import { relayPreviews } from '../worker/previews-relay';
import {
  CANCEL_CHANNEL,
  IPC_CHANNEL,
  PROGRESS_CHANNEL,
  WORKER_RESTART_CHANNEL,
} from '../preload/ipc-channel';
import { utilityWorker } from './db-worker';
import { isAppUrl } from './security';
import type { AppWorkspace } from './workspace';

const REFUSED: IpcResult<never> = {
  ok: false,
  error: { code: 'bad-request', message: 'Requests are accepted only from the app window.' },
};

const fromApp = (event: { senderFrame?: { url: string } | null }) => isAppUrl(event.senderFrame?.url ?? '');

/** Starts the database worker and answers the window's IPC through it; returns how to stop it. */
export function serveDatabase(workspace: AppWorkspace, previews: PreviewStore, window: BrowserWindow) {
  const worker = createWorkerClient(
    utilityWorker(join(__dirname, 'db-worker.cjs'), {
      file: workspace.file,
      backupDir: workspace.backupDir,
      samplePath: workspace.samplePath,
      ...(workspace.nativeBinding ? { nativeBinding: workspace.nativeBinding } : {}),
    }),
  );
  const run = relayPreviews(worker.call, previews);
  const running = new Map<string, AbortController>();
  const log = (error: unknown) => console.error(error);

  ipcMain.handle(
    IPC_CHANNEL,
    async (event: IpcMainInvokeEvent, channel: unknown, payload: unknown, tag: unknown) => {
      if (!fromApp(event)) return REFUSED;
      if (channel === 'report:pdf') return dispatch(workspace.handlers, channel, payload, log);
      if (typeof channel !== 'string') return dispatch(workspace.handlers, channel, payload, log);
      if (!isCallTag(tag)) return run(channel, payload);
      const controller = new AbortController();
      running.set(tag, controller);
      try {
        return await run(channel, payload, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (!event.sender.isDestroyed()) event.sender.send(PROGRESS_CHANNEL, { call: tag, progress });
          },
        });
      } finally {
        running.delete(tag);
      }
    },
  );
  ipcMain.on(CANCEL_CHANNEL, (event, tag: unknown) => {
    if (fromApp(event) && isCallTag(tag)) running.get(tag)?.abort();
  });
  worker.onCrash((code) => {
    console.error(`The database process stopped (exit code ${code}); restarting it.`);
    if (!window.isDestroyed()) window.webContents.send(WORKER_RESTART_CHANNEL, null);
  });
  return () => worker.close();
}
