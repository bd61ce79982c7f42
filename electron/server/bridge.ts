/**
 * Browser mode (DESIGN §8): the built renderer and the same handlers over HTTP on 127.0.0.1.
 * Every API call goes through `dispatch`, the same validation as IPC; the guard decides first.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch, precompileChannels } from '../services/dispatch';
import { checkRequest } from './guard';
import { contentTypeOf, resolveStaticPath } from './static-files';
import { CONTENT_SECURITY_POLICY } from './policy';
import { PREVIEW_CONTENT_SECURITY_POLICY, previewIdOf, type PreviewStore } from '../services/previews';

/** Large enough for an interchange file at the contract's limit, as JSON-escaped text. */
const MAX_BODY_BYTES = 420 * 1024 * 1024;

export interface BridgeOptions {
  readonly handlers: Handlers;
  readonly rendererDir: string;
  /** Report previews the handlers rendered, served at `/preview/<id>`. */
  readonly previews?: PreviewStore;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly token?: string;
  readonly log?: (error: unknown) => void;
}

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
  precompileChannels();
  let port = 0;
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(error);
      if (!response.headersSent) send(response, 500, { message: 'Internal error.' });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? '/';
    const refusal = checkRequest(
      { method: request.method ?? '', path, headers: request.headers },
      port,
      token,
    );
    if (refusal) {
      request.resume();
      send(response, refusal.status, { ok: false, error: { message: refusal.message } });
      return;
    }
    if (path.startsWith('/api/')) {
      const channel = decodeURIComponent(path.slice('/api/'.length));
      const body = await readBody(request);
      if (body === null) {
        send(response, 413, { ok: false, error: { message: 'The request is too large.' } });
        return;
      }
      let payload: unknown;
      try {
        payload = body.length === 0 ? undefined : JSON.parse(body);
      } catch {
        send(response, 400, { ok: false, error: { message: 'The request body is not valid JSON.' } });
        return;
      }
      send(response, 200, await dispatch(options.handlers, channel, payload, log));
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
      send(response, 404, { message: 'This preview is no longer available.' });
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
      send(response, 404, { message: 'Not found.' });
      return;
    }
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      send(response, 404, { message: 'Not found.' });
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': contentTypeOf(file),
      'cache-control': 'no-cache',
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

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
