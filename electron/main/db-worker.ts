/**
 * The Electron adapter of the database worker protocol (electron/worker/protocol.ts): the same
 * db-worker entry, started as a utilityProcess, whose `process.parentPort` is the other end.
 * Options go in argv as JSON; the entry reads them there when it is not a worker thread.
 */
import { utilityProcess } from 'electron';
import type { WorkerConnection } from '../worker/protocol';
import type { WorkerOptions } from '../worker/db-worker';

/** A starter for `createWorkerClient`: each call forks a fresh utilityProcess on `entry`. */
export function utilityWorker(entry: string, options: WorkerOptions) {
  return (): WorkerConnection => {
    const child = utilityProcess.fork(entry, [JSON.stringify(options)], {
      serviceName: 'Workspace database',
    });
    return {
      post: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', listener),
      terminate: () => void child.kill(),
    };
  };
}
