/**
 * Long calls over browser mode's HTTP: a request tagged with `x-reenroll-call` is answered as a
 * stream of Server-Sent Events on the same response once it reports progress — `progress`
 * events while the work runs, then one `result` — and `POST /api/cancel { call }` asks the
 * tagged call to stop. Untagged requests, and tagged ones answered before any progress, get the
 * plain JSON answer.
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

/**
 * The answer to a tagged call on `response`: Server-Sent Events from its first progress on, then
 * the result. A call answered before it reported anything (the home's rows when all are kept) is
 * answered as plain JSON, as an untagged call is: a stream cost the window's start-up 20-28 ms to
 * read (the home's first paint, A/B of two builds). The window reads either by its content type.
 */
export function openCallAnswer(response: ServerResponse, headers: Record<string, string>) {
  let streaming = false;
  const event = (name: string, text: string) => {
    if (!streaming) {
      streaming = true;
      response.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
      });
    }
    response.write(`event: ${name}\ndata: ${text}\n\n`);
  };
  /** The result as JSON text already (one line: JSON.stringify writes no raw newline). */
  const resultText = (text: string) => {
    if (streaming) {
      event('result', text);
      response.end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(text);
  };
  return {
    progress: (progress: Progress) => event('progress', JSON.stringify(progress)),
    result: (result: IpcResult<unknown>) => resultText(JSON.stringify(result)),
    resultText,
  };
}
