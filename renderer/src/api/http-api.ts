/**
 * Browser mode's API: the contract's channels over HTTP to `reenroll serve`, with this run's
 * token. A call tagged for progress is answered as Server-Sent Events on the same response
 * (`progress` events, then its `result`); `cancel` asks the server to stop a tagged call.
 */
import {
  type Api,
  type CallTag,
  type IpcResult,
  type LongCalls,
  type ProgressEvent,
} from '../../../shared/ipc/contract';
import { isProgressEvent } from '../../../shared/ipc/call-context';
// The names alone: the contract's schemas (zod) are not needed to call a channel.
import { CHANNEL_NAMES } from '../../../shared/ipc/channel-names';
import { NotUtf8Error, requestBody } from './request-body';
import { afterPaint } from '../app/after-paint';

const TOKEN_HEADER = 'x-reenroll-token';
const CALL_HEADER = 'x-reenroll-call';
const TOKEN_KEY = 'reenroll-token';

const NOT_ANSWERING: IpcResult<never> = {
  ok: false,
  error: {
    code: 'unavailable',
    message: 'The local server is not answering. Is `reenroll serve` still running?',
  },
};

const CANCELLED_BEFORE_SENDING: IpcResult<never> = {
  ok: false,
  error: { code: 'cancelled', message: 'Cancelled before it was sent. Nothing was changed.' },
};

/** Thrown while a request body is prepared, when its call was cancelled meanwhile. */
class CancelledBeforeSending extends Error {}

/** The token `reenroll serve` put in the URL fragment, kept for reloads of this tab. */
function browserToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    // Kept once the page has started (the hash stays in the address, so a reload before then
    // still has it): the first write to sessionStorage held up the requests sent at start.
    afterPaint(() => sessionStorage.setItem(TOKEN_KEY, fromHash));
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Reads an event stream to its `result`, handing each `progress` event to `onProgress`. */
async function readEvents(
  response: Response,
  onProgress: (data: unknown) => void,
): Promise<IpcResult<unknown>> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return NOT_ANSWERING;
    buffer += chunk.value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event: (.*)$/m.exec(block)?.[1];
      const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') as unknown;
      if (name === 'result') return data as IpcResult<unknown>;
      onProgress(data);
    }
  }
}

/** The contract over HTTP, and the long-call side that goes with it. */
export function httpApi(): { api: Api; longCalls: LongCalls } {
  const token = browserToken();
  const listeners = new Set<(event: ProgressEvent) => void>();
  /** Calls asked to stop while their request is still being prepared. */
  const cancelled = new Set<CallTag>();
  const emit = (event: { call: CallTag; progress: unknown }) => {
    if (isProgressEvent(event)) for (const listener of listeners) listener(event);
  };
  const post = async (path: string, body: unknown, call?: CallTag) =>
    fetch(`/api/${encodeURIComponent(path)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [TOKEN_HEADER]: token,
        ...(call ? { [CALL_HEADER]: call } : {}),
      },
      // A large body is prepared in slices; the progress bar counts them.
      body: await requestBody(body, (done, total) => {
        if (call === undefined) return;
        if (cancelled.has(call)) throw new CancelledBeforeSending();
        emit({ call, progress: { what: 'Preparing the file (MB)', done, total } });
      }),
    });

  const request = async (channel: string, input: unknown, call?: CallTag): Promise<IpcResult<unknown>> => {
    let response: Response;
    try {
      response = await post(channel, input, call);
    } catch (error) {
      if (error instanceof CancelledBeforeSending) return CANCELLED_BEFORE_SENDING;
      // The handler refuses such bytes with the same code and sentence (see request-body.ts).
      if (error instanceof NotUtf8Error)
        return { ok: false, error: { code: 'validation', message: error.message } };
      return NOT_ANSWERING;
    } finally {
      if (call) cancelled.delete(call);
    }
    try {
      if (call && response.headers.get('content-type')?.startsWith('text/event-stream')) {
        return await readEvents(response, (progress) => emit({ call, progress }));
      }
      return (await response.json()) as IpcResult<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `The local server answered ${response.status} without a result.`,
        },
      };
    }
  };

  const api = Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [
      channel,
      (input: unknown, call?: CallTag) => request(channel, input, call),
    ]),
  ) as Api;
  const longCalls: LongCalls = {
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel(call) {
      cancelled.add(call);
      void post('cancel', { call }).catch(() => undefined);
    },
    // The server's worker restarts by itself; a call it lost answers with an error saying so.
    onWorkerRestart: () => () => undefined,
  };
  return { api, longCalls };
}
