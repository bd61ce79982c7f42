/**
 * Browser mode (DESIGN §8): the built renderer and the same handlers over HTTP on 127.0.0.1.
 * Every API call goes through `dispatch`, the same validation as IPC; the guard decides first.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import type { Handlers } from '../../shared/ipc/contract';
import {
  MAX_REQUEST_BYTES,
  MAX_UNSIZED_REQUEST_BYTES,
  megabytes,
  type IpcErrorCode,
} from '../../shared/ipc/errors';
import { dispatch, precompileChannels } from '../services/dispatch';
import { checkRequest } from './guard';
import { cacheControlOf, contentTypeOf, resolveStaticPath } from './static-files';
import { SECURITY_HEADERS } from './policy';
import { PREVIEW_CONTENT_SECURITY_POLICY, previewIdOf, type PreviewStore } from '../services/previews';
import {
  CALL_HEADER,
  CANCEL_PATH,
  callTagOf,
  createCallRegistry,
  openCallAnswer,
  type Caller,
} from './call-stream';
import type { TextCaller } from '../worker/client';

/** A request that sends nothing for this long is answered 408 and closed. */
const STALL_MS = 5_000;

/**
 * Where requests run: `handlers` in this thread, or `call` (the database worker, off this thread);
 * with `callText`, the worker's answers are forwarded as the JSON text it wrote.
 */
export type BridgeRunner =
  { readonly handlers: Handlers } | { readonly call: Caller; readonly callText?: TextCaller };

export type BridgeOptions = BridgeRunner & {
  readonly rendererDir: string;
  /** Report previews the handlers rendered, served at `/preview/<id>`. */
  readonly previews?: PreviewStore;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly token?: string;
  readonly log?: (error: unknown) => void;
  /**
   * Tests only: milliseconds to wait before sending each API answer, so tests can reorder
   * responses the way a busy machine would. Never set in production.
   */
  readonly responseDelay?: () => number;
};

export interface RunningBridge {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/** Starts the bridge on 127.0.0.1 and resolves once it listens. */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const log = options.log ?? ((error) => console.error(error));
  const run: Caller =
    'call' in options
      ? options.call
      : (channel, payload, { onProgress, signal } = {}) =>
          dispatch(options.handlers, channel, payload, log, {
            ...(onProgress ? { progress: onProgress } : {}),
            ...(signal ? { signal } : {}),
          });
  const runText: TextCaller =
    'callText' in options && options.callText !== undefined
      ? options.callText
      : async (channel, payload, callOptions) => JSON.stringify(await run(channel, payload, callOptions));
  if (!('call' in options)) precompileChannels();
  const calls = createCallRegistry();
  let port = 0;
  // Requests are timed out in seconds: Node's checks run every second instead of every 30.
  const server: Server = createServer(
    { requestTimeout: 30_000, headersTimeout: 10_000, connectionsCheckingInterval: 1_000 },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        log(error);
        if (!response.headersSent) refuse(response, 500, 'internal', 'Internal error.');
        else response.destroy();
      });
    },
  );

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? '/';
    const refusal = checkRequest(
      { method: request.method ?? '', path, headers: request.headers },
      port,
      token,
    );
    if (refusal) {
      request.resume();
      refuse(response, refusal.status, 'bad-request', refusal.message);
      return;
    }
    if (path.startsWith('/api/')) {
      const channel = decodedPath(path.slice('/api/'.length));
      if (channel === null) {
        request.resume();
        refuse(response, 400, 'bad-request', 'The request path is not valid: it holds a malformed % escape.');
        return;
      }
      const body = await readBody(request);
      if (body.kind !== 'read') {
        const [status, code, message] =
          body.kind === 'too-large'
            ? ([413, 'too-large', tooLargeMessage(request)] as const)
            : ([408, 'bad-request', 'The request stalled before it was complete.'] as const);
        // Answer, then close the connection: the rest of the body is never read.
        response.setHeader('connection', 'close');
        refuse(response, status, code, message);
        response.on('finish', () => request.destroy());
        return;
      }
      // A tagged call is answered as events once it reports progress. A large body is announced
      // as it is parsed, then as it is handed to the worker: each takes a few hundred
      // milliseconds (a 38 MB file), which the window would otherwise spend with nothing new.
      const tag = channel === CANCEL_PATH ? null : callTagOf(request.headers[CALL_HEADER]);
      const stream = tag === null ? null : openCallAnswer(response, SECURITY_HEADERS);
      const large = stream !== null && body.text.length >= ANNOUNCED_BODY_CHARS;
      if (large) await announced(stream, 'Receiving the file');
      let payload: unknown;
      try {
        payload = body.text.length === 0 ? undefined : JSON.parse(body.text);
      } catch {
        const error = { code: 'bad-request', message: 'The request body is not valid JSON.' } as const;
        if (stream) stream.result({ ok: false, error });
        else refuse(response, 400, error.code, error.message);
        return;
      }
      if (large) await announced(stream, 'Handing the file to the database');
      if (channel === CANCEL_PATH) {
        const call = (payload as { call?: unknown } | undefined)?.call;
        sendText(response, 200, JSON.stringify({ ok: true, value: calls.cancel(call) }));
        return;
      }
      const resultText = await calls.track(tag, (signal) =>
        runText(channel, payload, { signal, ...(stream ? { onProgress: stream.progress } : {}) }),
      );
      const delay = options.responseDelay?.() ?? 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (stream) stream.resultText(resultText);
      else sendText(response, 200, resultText);
      return;
    }
    const previewId = previewIdOf(path);
    if (previewId !== null) {
      servePreview(previewId, response);
      return;
    }
    await serveFile(path, response);
  }

  function servePreview(id: string, response: ServerResponse): void {
    const html = options.previews?.get(id) ?? null;
    if (html === null) {
      refuse(response, 404, 'not-found', 'This preview is no longer available.');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-security-policy': PREVIEW_CONTENT_SECURITY_POLICY,
      'x-frame-options': 'SAMEORIGIN',
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(html);
  }

  async function serveFile(path: string, response: ServerResponse): Promise<void> {
    const file = resolveStaticPath(options.rendererDir, path);
    if (file === null) {
      refuse(response, 404, 'not-found', 'Not found.');
      return;
    }
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      refuse(response, 404, 'not-found', 'Not found.');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': contentTypeOf(file),
      'cache-control': cacheControlOf(path),
    });
    response.end(content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** Bodies from this size on (a file being imported) are announced as soon as they are read. */
const ANNOUNCED_BODY_CHARS = 1_048_576;

/** Sends a step of a call's progress, and lets it leave before the next step holds the thread. */
async function announced(stream: ReturnType<typeof openCallAnswer>, what: string): Promise<void> {
  stream.progress({ what, done: 0, total: 1 });
  await new Promise((resolve) => setImmediate(resolve));
}

/** An error in the `{ ok: false, error }` shape every API answer has. */
function refuse(response: ServerResponse, status: number, code: IpcErrorCode, message: string): void {
  sendText(response, status, JSON.stringify({ ok: false, error: { code, message } }));
}

/** The path decoded, or null when it holds a malformed `%` escape. */
function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

type Body =
  | { readonly kind: 'read'; readonly text: string }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'stalled' };

/** The most a request may send: its Content-Length's limit, or the smaller one without a length. */
function limitOf(request: IncomingMessage): number {
  return request.headers['content-length'] === undefined ? MAX_UNSIZED_REQUEST_BYTES : MAX_REQUEST_BYTES;
}

function tooLargeMessage(request: IncomingMessage): string {
  return request.headers['content-length'] === undefined
    ? `The request has no Content-Length and is larger than ${megabytes(MAX_UNSIZED_REQUEST_BYTES)}.`
    : `The request is larger than ${megabytes(MAX_REQUEST_BYTES)}.`;
}

/**
 * Reads a request body of at most `MAX_REQUEST_BYTES` (`MAX_UNSIZED_REQUEST_BYTES` without a
 * Content-Length). A larger Content-Length is refused before a byte is read; a body that grows
 * past the limit is abandoned there; one that sends nothing for `STALL_MS` is abandoned as stalled.
 */
function readBody(request: IncomingMessage): Promise<Body> {
  const announced = Number(request.headers['content-length'] ?? 0);
  const limit = limitOf(request);
  if (announced > limit) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    // Decoded as it arrives, a piece at a time: joining a 38 MB body and decoding it once took
    // 400 ms of this thread after the last byte, with nothing new for the window to show.
    const decoder = new StringDecoder('utf8');
    let text = '';
    let size = 0;
    let timer = setTimeout(() => finish({ kind: 'stalled' }), STALL_MS);
    const finish = (body: Body) => {
      clearTimeout(timer);
      request.off('data', onData).off('end', onEnd).off('error', onError);
      if (body.kind !== 'read') request.pause();
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish({ kind: 'too-large' });
      text += decoder.write(chunk);
      clearTimeout(timer);
      timer = setTimeout(() => finish({ kind: 'stalled' }), STALL_MS);
    };
    const onEnd = () => finish({ kind: 'read', text: text + decoder.end() });
    const onError = () => finish({ kind: 'stalled' });
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
