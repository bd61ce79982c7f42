/**
 * The bridge's limits: a body over the one size limit is refused from its Content-Length before
 * a byte is read (and one without a length is abandoned at the limit), a request that stalls is
 * answered in seconds, and a malformed `%` in a path is a 400 in the `{ ok: false, error }` shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_REQUEST_BYTES } from '../../shared/ipc/errors';
import { openWorkspace, type WorkspaceDb } from '../db/open';
import { createHandlers } from '../services/handlers';
import { startBridge, type RunningBridge } from './bridge';
import { TOKEN_HEADER } from './guard';

let dir: string;
let db: WorkspaceDb;
let bridge: RunningBridge;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bridge-limits-'));
  mkdirSync(join(dir, 'renderer'));
  db = openWorkspace(join(dir, 'w.db'), { backupDir: join(dir, 'backups') });
  const handlers = createHandlers(db, { backupDir: join(dir, 'backups'), samplePath: '' });
  bridge = await startBridge({ handlers, rendererDir: join(dir, 'renderer'), log: () => {} });
});

afterAll(async () => {
  await bridge.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface RawAnswer {
  readonly status: number;
  readonly body: string;
  readonly sent: number;
  readonly ms: number;
}

/**
 * Sends request headers then `stopAfter` bytes of body in 1 MiB writes (then silence, or until
 * answered), over a raw socket, and resolves with the answer's status and JSON body. `chunked`
 * frames the body as HTTP chunks (send `transfer-encoding: chunked` and no Content-Length).
 */
function raw(path: string, headers: Record<string, string>, stopAfter: number, chunked = false) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const started = performance.now();
    const socket = connect(bridge.port, '127.0.0.1');
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    let answer = '';
    let answered = false;
    const head = Object.entries({
      host: `127.0.0.1:${bridge.port}`,
      connection: 'close',
      'content-type': 'application/json',
      [TOKEN_HEADER]: bridge.token,
      ...headers,
    })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    const pump = () => {
      while (!answered && sent < stopAfter) {
        const piece = chunk.subarray(0, Math.min(chunk.length, stopAfter - sent));
        sent += piece.length;
        if (chunked) socket.write(`${piece.length.toString(16)}\r\n`);
        const flowing = socket.write(piece);
        if (chunked && !socket.write('\r\n')) return void socket.once('drain', pump);
        if (!flowing) return void socket.once('drain', pump);
      }
    };
    socket.on('connect', () => {
      socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
      pump();
    });
    socket.on('data', (data) => {
      answered = true;
      answer += data.toString('latin1');
    });
    const done = () => {
      const match = /^HTTP\/1\.1 (\d+)([^]*?)\r\n\r\n([^]*)$/.exec(answer);
      if (!match) return reject(new Error(`no answer after ${sent} bytes: ${answer}`));
      const chunked = /transfer-encoding: chunked/i.test(match[2] as string);
      const body = chunked ? dechunk(match[3] as string) : (match[3] as string);
      resolve({ status: Number(match[1]), body, sent, ms: performance.now() - started });
    };
    socket.on('close', done);
    socket.on('error', () => socket.destroy());
  });
}

/** The body of a chunked HTTP answer. */
function dechunk(text: string): string {
  let body = '';
  for (let rest = text; ;) {
    const eol = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.slice(0, eol), 16);
    if (!(size > 0)) return body;
    body += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 4 + size);
  }
}

describe('bridge limits', () => {
  it('refuses a 500 MB body from its Content-Length, with memory growth under 20 MB', async () => {
    const total = 500 * 1000 * 1000;
    global.gc?.();
    const before = process.memoryUsage();
    const answer = await raw('/api/workspace:import', { 'content-length': String(total) }, total);
    const after = process.memoryUsage();
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(JSON.parse(answer.body).error.message).toMatch(/^The request is larger than \d/);
    expect(answer.sent).toBeLessThan(total);
    const growth = (after.rss - before.rss) / 1024 / 1024;
    console.log(`500 MB body: refused after ${answer.sent} bytes sent, RSS growth ${growth.toFixed(1)} MB`);
    expect(growth).toBeLessThan(20);
  });

  it('abandons a 500 MB chunked body (no Content-Length) at its limit, with memory growth under 20 MB', async () => {
    const total = 500 * 1000 * 1000;
    global.gc?.();
    const before = process.memoryUsage();
    // The highest the process reaches while the body streams in, not only where it ends.
    let peak = { rss: before.rss, arrayBuffers: before.arrayBuffers };
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = {
        rss: Math.max(peak.rss, now.rss),
        arrayBuffers: Math.max(peak.arrayBuffers, now.arrayBuffers),
      };
    }, 5);
    const answer = await raw(
      '/api/workspace:import',
      { 'transfer-encoding': 'chunked' },
      total,
      true,
    ).finally(() => clearInterval(sampler));
    const after = process.memoryUsage();
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(JSON.parse(answer.body).error.message).toMatch(
      /^The request has no Content-Length and is larger than/,
    );
    expect(answer.sent).toBeLessThan(total);
    const mb = (bytes: number) => bytes / 1024 / 1024;
    const growth = {
      rss: mb(Math.max(peak.rss, after.rss) - before.rss),
      arrayBuffers: mb(Math.max(peak.arrayBuffers, after.arrayBuffers) - before.arrayBuffers),
    };
    console.log(
      `500 MB chunked body: refused after ${answer.sent} bytes sent, peak growth RSS ` +
        `${growth.rss.toFixed(1)} MB, array buffers ${growth.arrayBuffers.toFixed(1)} MB`,
    );
    expect(growth.rss).toBeLessThan(20);
    expect(growth.arrayBuffers).toBeLessThan(20);
  });

  it('answers a huge Content-Length followed by a few bytes within 10 s', async () => {
    const announced = String(MAX_REQUEST_BYTES);
    const answer = await raw('/api/workspace:list', { 'content-length': announced }, 5);
    expect(answer.ms).toBeLessThan(10_000);
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const huge = await raw('/api/workspace:list', { 'content-length': '99999999999999' }, 5);
    expect(huge.ms).toBeLessThan(10_000);
    expect(huge.status).toBe(413);
  }, 15_000);

  it('answers a malformed % in the path with 400 in the { ok: false, error } shape', async () => {
    const answer = await raw('/api/workspace%ZZlist', { 'content-length': '2' }, 2);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: 'The request path is not valid: it holds a malformed % escape.',
      },
    });
  });
});
