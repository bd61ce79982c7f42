/**
 * The client side of the protocol: the same `dispatch`-shaped call the window used in-process,
 * plus progress and cancel. When the worker dies, every request it had not answered is answered
 * with an error saying so (it never confirmed them; its transaction was rolled back), listeners
 * hear it, and a new worker is started at once — unless the dead one never became ready (a
 * worker that cannot start would otherwise be restarted in a loop): then the next request starts it.
 */
import type { IpcResult, Progress } from '../../shared/ipc/contract';
import type { WorkerConnection } from './protocol';

export interface CallOptions {
  readonly onProgress?: (progress: Progress) => void;
  /** Aborting sends a cancel; the answer still comes, a refusal when the work stopped. */
  readonly signal?: AbortSignal;
}

/** Runs one request by channel name: in the database worker, or in this thread through `dispatch`. */
export type Caller = (
  channel: string,
  payload: unknown,
  options?: CallOptions,
) => Promise<IpcResult<unknown>>;

/**
 * The same call, answered with the result's JSON text as the worker wrote it: for a caller that
 * only forwards the answer (the browser-mode bridge), which then neither receives a copy of the
 * object nor serializes it again.
 */
export type TextCaller = (channel: string, payload: unknown, options?: CallOptions) => Promise<string>;

export interface WorkerClient {
  readonly call: Caller;
  readonly callText: TextCaller;
  /** Hears each crash of the worker (its exit code); the client restarts it by itself. */
  onCrash(listener: (code: number | null) => void): void;
  close(): void;
}

export const CRASH_MESSAGE =
  'The database process stopped unexpectedly; this change was not saved. It has been restarted: please try again.';

interface Pending {
  /** The answer: the result, or its JSON text for a `callText`. */
  readonly resolve: (answer: { readonly result: IpcResult<unknown> } | { readonly text: string }) => void;
  readonly onProgress?: (progress: Progress) => void;
}

/** A client over workers made by `start`; one runs at a time, started on first use. */
export function createWorkerClient(start: () => WorkerConnection): WorkerClient {
  const pending = new Map<number, Pending>();
  const crashListeners: ((code: number | null) => void)[] = [];
  let connection: WorkerConnection | null = null;
  let nextId = 1;
  let closed = false;

  const connect = (): WorkerConnection => {
    if (connection) return connection;
    const current = start();
    connection = current;
    let ready = false;
    current.onMessage((message) => {
      if (message.type === 'ready') ready = true;
      else if (message.type === 'progress') pending.get(message.id)?.onProgress?.(message.progress);
      else if (message.type === 'response' || message.type === 'response-text') {
        pending.get(message.id)?.resolve(message.type === 'response' ? message : { text: message.text });
        pending.delete(message.id);
      }
    });
    current.onExit((code) => {
      if (connection === current) connection = null;
      if (closed) return;
      for (const [id, request] of pending) {
        request.resolve({ result: { ok: false, error: { code: 'unavailable', message: CRASH_MESSAGE } } });
        pending.delete(id);
      }
      for (const listener of crashListeners) listener(code);
      if (ready) connect();
    });
    return current;
  };

  /** Sends one request; `resolve` gets the worker's answer, or a refusal once closed. */
  function request(
    channel: string,
    payload: unknown,
    options: CallOptions,
    asText: boolean,
    resolve: Pending['resolve'],
  ): void {
    if (closed) {
      resolve({ result: { ok: false, error: { code: 'unavailable', message: 'The workspace is closed.' } } });
      return;
    }
    const id = nextId++;
    const worker = connect();
    pending.set(id, { resolve, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    worker.post({ type: 'request', id, channel, payload, ...(asText ? { asText: true as const } : {}) });
    const cancel = () => worker.post({ type: 'cancel', id });
    if (options.signal?.aborted) cancel();
    else options.signal?.addEventListener('abort', cancel, { once: true });
  }

  return {
    call: (channel, payload, options = {}) =>
      new Promise((resolve) =>
        request(channel, payload, options, false, (answer) =>
          resolve('result' in answer ? answer.result : (JSON.parse(answer.text) as IpcResult<unknown>)),
        ),
      ),
    callText: (channel, payload, options = {}) =>
      new Promise((resolve) =>
        request(channel, payload, options, true, (answer) =>
          resolve('text' in answer ? answer.text : JSON.stringify(answer.result)),
        ),
      ),
    onCrash(listener) {
      crashListeners.push(listener);
    },
    close() {
      closed = true;
      connection?.terminate();
      connection = null;
    },
  };
}
