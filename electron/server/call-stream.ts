/**
 * Long calls over browser mode's HTTP: a request tagged with `x-reenroll-call` is answered as a
 * stream of Server-Sent Events on the same response — `progress` events while the work runs,
 * then one `result` — and `POST /api/cancel { call }` asks the tagged call to stop. Untagged
 * requests keep the plain JSON answer.
 */
import type { ServerResponse } from 'node:http';
import type { IpcResult } from '../../shared/ipc/contract';
import { isCallTag, type CallTag, type Progress } from '../../shared/ipc/call-context';
import type { Caller } from '../worker/client';

export const CALL_HEADER = 'x-reenroll-call';
/** The path of the cancel request; not a channel name (those all hold a colon). */
export const CANCEL_PATH = 'cancel';

export type { Caller };
const EARLY_CANCELS_KEPT = 32;

/** The calls running now, by tag, so a cancel can reach them. */
export function createCallRegistry() {
  const running = new Map<CallTag, AbortController>();
  // A cancel can overtake its call: sent while a large request body is still being read. It is
  // kept (the newest few) and stops the call as soon as it starts.
  const early = new Set<CallTag>();
  return {
    /** Runs `run` under `tag` (when there is one) with a signal a cancel aborts. */
    async track<T>(tag: CallTag | null, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
      const controller = new AbortController();
      if (tag !== null) running.set(tag, controller);
      if (tag !== null && early.delete(tag)) controller.abort();
      try {
        return await run(controller.signal);
      } finally {
        if (tag !== null && running.get(tag) === controller) running.delete(tag);
      }
    },
    /** Asks the call `tag` to stop; false when no such call is running. */
    cancel(tag: unknown): boolean {
      if (!isCallTag(tag)) return false;
      const controller = running.get(tag);
      controller?.abort();
      if (controller === undefined) {
        early.add(tag);
        if (early.size > EARLY_CANCELS_KEPT) early.delete(early.values().next().value as CallTag);
      }
      return controller !== undefined;
    },
  };
}

/** The request's call tag, or null when it has none (or one that is not a tag). */
export function callTagOf(header: string | string[] | undefined): CallTag | null {
  const value = Array.isArray(header) ? header[0] : header;
  return isCallTag(value) ? value : null;
}

/** Starts an event stream on `response`; returns how to send progress and the final result. */
export function openEventStream(response: ServerResponse, headers: Record<string, string>) {
  response.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
  });
  const event = (name: string, data: unknown) =>
    response.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  return {
    progress: (progress: Progress) => void event('progress', progress),
    result: (result: IpcResult<unknown>) => {
      event('result', result);
      response.end();
    },
    /** The result as JSON text already (one line: JSON.stringify writes no raw newline). */
    resultText: (text: string) => {
      response.write(`event: result\ndata: ${text}\n\n`);
      response.end();
    },
  };
}
