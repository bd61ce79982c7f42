/**
 * The protocol over `worker_threads`, for plain Node: browser mode's bridge and the tests run
 * the database worker this way; the desktop app runs the same entry in a utilityProcess.
 */
import { Worker, type MessagePort } from 'node:worker_threads';
import type { Endpoint, FromWorker, ToWorker, WorkerConnection } from './protocol';
import type { WorkerOptions } from './db-worker';

/** The worker's side of a thread's port. */
export function threadEndpoint(port: MessagePort): Endpoint<ToWorker, FromWorker> {
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', listener),
  };
}

/** Starts `entry` (the built db-worker, or its source under `execArgv: ['--import', 'tsx']`). */
export function startThread(entry: string | URL, options: WorkerOptions, execArgv: string[] = []) {
  return (): WorkerConnection => {
    const worker = new Worker(entry, { workerData: options, execArgv });
    return {
      post: (message) => worker.postMessage(message),
      onMessage: (listener) => worker.on('message', listener),
      onExit: (listener) => worker.on('exit', listener),
      terminate: () => void worker.terminate(),
    };
  };
}
