/**
 * The protocol over `child_process.fork`: a real operating-system process, as Electron's
 * utilityProcess is, so tests can kill it mid-call the way a crash would.
 */
import { fork } from 'node:child_process';
import type { WorkerOptions } from './db-worker';
import type { FromWorker, WorkerConnection } from './protocol';

/** Starts `entry` as a child process (`execArgv: ['--import', 'tsx']` for its source). */
export function startFork(entry: string, options: WorkerOptions, execArgv: string[] = []) {
  return (): WorkerConnection & { readonly pid: number | undefined } => {
    // 'advanced': messages are structured clones, as over utilityProcess's port (a file's bytes
    // stay a Uint8Array); the default, JSON, would not carry them.
    const child = fork(entry, [JSON.stringify(options)], {
      execArgv,
      stdio: 'inherit',
      serialization: 'advanced',
    });
    return {
      pid: child.pid,
      post: (message) => void (child.connected && child.send(message)),
      onMessage: (listener) => child.on('message', (message) => listener(message as FromWorker)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      terminate: () => void child.kill(),
    };
  };
}
