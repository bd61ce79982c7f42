import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace, type WorkspaceDb } from '../db/open';
import { createHandlers } from '../services/handlers';
import { startBridge, type RunningBridge } from './bridge';
import { TOKEN_HEADER } from './guard';
import { overview } from '../services/handlers.testing';

let dir: string;
let db: WorkspaceDb;
let bridge: RunningBridge;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bridge-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'index-DiUmSeCl.js'), 'export {};');
  db = openWorkspace(join(dir, 'w.db'), { backupDir: join(dir, 'backups') });
  const handlers = createHandlers(db, {
    backupDir: join(dir, 'backups'),
    samplePath: join(dir, 'none.json'),
  });
  bridge = await startBridge({ handlers, rendererDir, log: () => {} });
});

afterAll(async () => {
  await bridge.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A raw HTTP request, so the test can send the headers a browser would refuse to forge (Host). */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (channel: string, payload: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${channel}`, {
    method: 'POST',
    headers: {
      host: `127.0.0.1:${bridge.port}`,
      origin: `http://127.0.0.1:${bridge.port}`,
      'content-type': 'application/json',
      [TOKEN_HEADER]: bridge.token,
      ...headers,
    },
    body: JSON.stringify(payload),
  });

describe('browser-mode bridge', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${bridge.token}`);
    expect(bridge.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('runs the real handlers for a page that holds the token', async () => {
    const created = await api('membership:create', { overview });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({
      ok: true,
      value: { organization: { name: 'Fabrikam Ltd' } },
    });
    const listed = JSON.parse((await api('workspace:list', {})).body);
    expect(listed.value).toHaveLength(1);
  });

  it('decodes a body whose characters arrive split between packets', async () => {
    const name = 'Société 東京 😀 Ltd';
    const body = Buffer.from(
      JSON.stringify({ overview: { ...overview, organization: { ...overview.organization, name } } }),
    );
    // Split inside each multi-byte character in turn: é (2 bytes), 東 (3), 😀 (4).
    for (const character of ['é', '東', '😀']) {
      const at = body.indexOf(Buffer.from(character)) + 1;
      const answer = await new Promise<string>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: bridge.port,
            path: '/api/membership:create',
            method: 'POST',
            headers: {
              host: `127.0.0.1:${bridge.port}`,
              'content-type': 'application/json',
              'content-length': String(body.length),
              [TOKEN_HEADER]: bridge.token,
            },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve(text));
          },
        );
        req.on('error', reject);
        req.flushHeaders();
        req.write(body.subarray(0, at));
        // A pause, so the two parts reach the server as two reads.
        setTimeout(() => req.end(body.subarray(at)), 30);
      });
      expect(JSON.parse(answer)).toMatchObject({ ok: true, value: { organization: { name } } });
    }
  });

  it('validates payloads as IPC does, naming the field and changing nothing', async () => {
    const before = (await api('workspace:list', {})).body;
    const bad = { ...overview, enrollment: { startedOn: '', expiresOn: '2009-02-30' } };
    const answer = JSON.parse((await api('membership:create', { overview: bad })).body);
    expect(answer.ok).toBe(false);
    expect(answer.error.problems).toEqual([
      {
        path: 'overview.enrollment.expiresOn',
        message: 'Expected a date YYYY-MM-DD that exists on the calendar',
      },
    ]);
    expect((await api('workspace:list', {})).body).toBe(before);
  });

  it('refuses a foreign Host, a foreign Origin and a missing token, without CORS headers', async () => {
    const foreignHost = await api('workspace:list', {}, { host: `attacker.example:${bridge.port}` });
    expect(foreignHost.status).toBe(421);
    const foreignOrigin = await api('workspace:list', {}, { origin: 'https://attacker.example' });
    expect(foreignOrigin.status).toBe(403);
    const noToken = await api('workspace:list', {}, { [TOKEN_HEADER]: '' });
    expect(noToken.status).toBe(401);
    for (const answer of [foreignHost, foreignOrigin, noToken]) {
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
    const page = await send('/', { headers: { host: 'attacker.example' } });
    expect(page.status).toBe(421);
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const page = await send('/', { headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    // Left out on purpose: it put every opened tab in a new renderer process (policy.ts).
    expect(page.headers['cross-origin-opener-policy']).toBeUndefined();
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await send('/assets/index-DiUmSeCl.js', { headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const escape = await send('/%2e%2e/w.db', { headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(escape.status).toBe(404);
  });

  it('answers an unknown channel and broken JSON with readable errors', async () => {
    const unknown = JSON.parse((await api('nope:nope', {})).body);
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Unknown request "nope:nope".' },
    });
    const broken = await send('/api/workspace:list', {
      method: 'POST',
      headers: {
        host: `127.0.0.1:${bridge.port}`,
        'content-type': 'application/json',
        [TOKEN_HEADER]: bridge.token,
      },
      body: '{"truncated":',
    });
    expect(broken.status).toBe(400);
  });
});
