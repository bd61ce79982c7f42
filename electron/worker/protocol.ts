/**
 * The database worker's message protocol: plain data over a port, the same whether the port is
 * Electron's `process.parentPort` / `MessagePortMain` (utilityProcess) or a `worker_threads`
 * port (tests, browser mode). Requests carry ids; the worker answers each with one response,
 * may send progress events for it before, and stops it where it can when asked to cancel.
 */
import type { IpcResult, Progress } from '../../shared/ipc/contract';

export type ToWorker =
  | {
      readonly type: 'request';
      readonly id: number;
      readonly channel: string;
      readonly payload: unknown;
      /** Answer with the result's JSON text (`response-text`) rather than the object. */
      readonly asText?: true;
    }
  | { readonly type: 'cancel'; readonly id: number };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'response'; readonly id: number; readonly result: IpcResult<unknown> }
  | { readonly type: 'response-text'; readonly id: number; readonly text: string }
  | { readonly type: 'progress'; readonly id: number; readonly progress: Progress };

/** One side of the port, whatever carries it: send a message, hear every message. */
export interface Endpoint<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/** A running worker as the client sees it: its endpoint, its exit, and how to stop it. */
export interface WorkerConnection extends Endpoint<FromWorker, ToWorker> {
  onExit(listener: (code: number | null) => void): void;
  terminate(): void;
}
