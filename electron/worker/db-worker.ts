/**
 * The database worker's entry: opens the workspace, builds the handlers and answers requests
 * over whichever port started it — `process.parentPort` in an Electron utilityProcess or the IPC
 * channel of a `child_process.fork` (options as JSON in argv; the fork is how plain-Node tests
 * kill a real process mid-call), or a `worker_threads` parent port (options as workerData).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { openWorkspace } from '../db/open';
import { createHandlers } from '../services/handlers';
import type { Endpoint, FromWorker, ToWorker } from './protocol';
import { serveRequests } from './server';
import { threadEndpoint } from './threads';

export interface WorkerOptions {
  readonly file: string;
  readonly backupDir: string;
  readonly samplePath: string;
  readonly nativeBinding?: string;
}

/** Electron's `process.parentPort` in a utilityProcess: messages arrive as `{ data }`. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function electronEndpoint(port: ElectronParentPort): Endpoint<ToWorker, FromWorker> {
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', (event) => listener(event.data as ToWorker)),
  };
}

/** A forked child's IPC channel to its parent. */
function forkEndpoint(): Endpoint<ToWorker, FromWorker> {
  return {
    post: (message) => void process.send?.(message),
    onMessage: (listener) => process.on('message', (message) => listener(message as ToWorker)),
  };
}

const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
const endpoint =
  !isMainThread && parentPort
    ? threadEndpoint(parentPort)
    : electronPort
      ? electronEndpoint(electronPort)
      : process.send && forkEndpoint();

if (endpoint) {
  const options = (isMainThread ? JSON.parse(process.argv.at(-1) ?? '{}') : workerData) as WorkerOptions;
  const db = openWorkspace(options.file, {
    backupDir: options.backupDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  serveRequests(
    endpoint,
    createHandlers(db, { backupDir: options.backupDir, samplePath: options.samplePath }),
  );
}
