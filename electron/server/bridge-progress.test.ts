import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../db/testing';
import { createWorkerClient, type WorkerClient } from '../worker/client';
import { startThread } from '../worker/threads';
import { THREAD_ENTRY, documentText, freshWorkerOptions } from '../worker/worker.testing';
import { startBridge, type RunningBridge } from './bridge';
import { CALL_HEADER } from './call-stream';
import { TOKEN_HEADER } from './guard';

let worker: WorkerClient;
let bridge: RunningBridge;

beforeAll(async () => {
  const rendererDir = join(tempDir('bridge-progress-'), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  worker = createWorkerClient(startThread(THREAD_ENTRY, freshWorkerOptions()));
  bridge = await startBridge({ call: worker.call, rendererDir, log: () => {} });
}, 60_000);

afterAll(async () => {
  await bridge.close();
  worker.close();
});

interface StreamEvent {
  readonly event: string;
  readonly data: unknown;
}

/**
 * POSTs `payload` as JSON (a Buffer as it is) to `/api/<path>`, tagged with `call` when given;
 * `onEvent` hears each event as it arrives.
 */
function post(
  path: string,
  payload: unknown,
  call?: string,
  onEvent: (event: StreamEvent) => void = () => {},
) {
  return new Promise<{ type: string; events: StreamEvent[]; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path: `/api/${path}`,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TOKEN_HEADER]: bridge.token,
          ...(call ? { [CALL_HEADER]: call } : {}),
        },
      },
      (res) => {
        let body = '';
        const events: StreamEvent[] = [];
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
          let end: number;
          while ((end = body.indexOf('\n\n')) >= 0) {
            const block = body.slice(0, end);
            body = body.slice(end + 2);
            const event = {
              event: /^event: (.*)$/m.exec(block)?.[1] ?? '',
              data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') as unknown,
            };
            events.push(event);
            onEvent(event);
          }
        });
        res.on('end', () => resolve({ type: String(res.headers['content-type']), events, body }));
      },
    );
    req.on('error', reject);
    req.end(payload instanceof Buffer ? payload : JSON.stringify(payload));
  });
}

const memberships = async () => {
  const listed = JSON.parse((await post('workspace:list', {})).body) as { value: unknown[] };
  return listed.value.length;
};

describe('long calls over browser mode (Server-Sent Events, worker thread)', () => {
  it('streams the progress of a tagged import, then its result; an untagged call stays JSON', async () => {
    const answer = await post('workspace:import', { text: documentText(5), onConflict: 'refuse' }, 'call-1');
    expect(answer.type).toBe('text/event-stream; charset=utf-8');
    // Reading, each membership read, each phase of checking, the backup, each membership
    // written, then the rows evaluated.
    expect(answer.events.map((e) => e.event)).toEqual([...Array(17).fill('progress'), 'result']);
    expect(answer.events.slice(0, 9).map((e) => e.data)).toEqual([
      { what: 'Reading the file', done: 0, total: 1 },
      ...[1, 2, 3, 4, 5].map((done) => ({ what: 'Reading memberships', done, total: 5 })),
      { what: 'Checking the file', done: 0, total: 1 },
      { what: 'Checking the text', done: 0, total: 1 },
      { what: 'Backing up the workspace', done: 0, total: 1, writing: true },
    ]);
    expect(answer.events[13]?.data).toEqual({
      what: 'Importing memberships',
      done: 5,
      total: 5,
      writing: true,
    });
    expect(answer.events.slice(14, 17).map((e) => e.data)).toEqual(
      [0, 4, 5].map((done) => ({ what: 'Evaluating memberships', done, total: 5, writing: true })),
    );
    expect(answer.events[17]?.data).toMatchObject({ ok: true, value: { renamed: [] } });
    expect(await memberships()).toBe(5);
  }, 60_000);

  it('cancels a tagged import while it checks the file: refused as cancelled, nothing written', async () => {
    const before = await memberships();
    const cancels: Promise<{ body: string }>[] = [];
    const answer = await post(
      'workspace:import',
      { text: documentText(40, 500), onConflict: 'new' },
      'call-2',
      (event) => {
        if (event.event === 'progress' && cancels.length === 0)
          cancels.push(post('cancel', { call: 'call-2' }));
      },
    );
    expect(cancels).toHaveLength(1);
    const cancelAnswer = JSON.parse((await cancels[0]!).body);
    expect(cancelAnswer).toEqual({ ok: true, value: true });
    expect(answer.events.at(-1)?.data).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'The import was cancelled. Nothing was changed.' },
    });
    expect(await memberships()).toBe(before);
  }, 60_000);

  it('says at once that a large body has arrived, then that it is handed to the worker', async () => {
    const text = documentText(40, 500);
    expect(text.length).toBeGreaterThan(1_048_576);
    const answer = await post('workspace:import', { text, onConflict: 'new' }, 'call-3');
    expect(answer.events.slice(0, 3).map((e) => e.data)).toEqual([
      { what: 'Receiving the file', done: 0, total: 1 },
      { what: 'Handing the file to the database', done: 0, total: 1 },
      { what: 'Reading the file', done: 0, total: 1 },
    ]);
    expect(answer.events.at(-1)?.data).toMatchObject({ ok: true });
    // A small tagged call hears only its own progress.
    const small = await post('workspace:import', { text: documentText(1), onConflict: 'new' }, 'call-4');
    expect(small.events[0]?.data).toEqual({ what: 'Reading the file', done: 0, total: 1 });
  }, 60_000);

  it('answers a tagged call whose body is not JSON with the error as JSON, and runs nothing', async () => {
    const before = await memberships();
    const answer = await post('workspace:import', Buffer.from('{"text": "'), 'call-5');
    expect(answer.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'The request body is not valid JSON.' },
    });
    expect(await memberships()).toBe(before);
  });

  it('answers a tagged call that reported no progress as plain JSON, and one that did as events', async () => {
    await post('workspace:status', { asOf: '2009-08-15' });
    const kept = await post('workspace:status', { asOf: '2009-08-15' }, 'call-6');
    expect(kept.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(kept.body)).toMatchObject({ ok: true, value: { asOf: '2009-08-15' } });
    // Another date: every row is evaluated again, and counted.
    const evaluated = await post('workspace:status', { asOf: '2009-09-01' }, 'call-7');
    expect(evaluated.type).toBe('text/event-stream; charset=utf-8');
    expect(evaluated.events.at(0)).toEqual({
      event: 'progress',
      data: { what: 'Evaluating memberships', done: 0, total: await memberships() },
    });
    expect(evaluated.events.at(-1)?.data).toMatchObject({ ok: true, value: { asOf: '2009-09-01' } });
  });

  it('says so when a cancel names no running call', async () => {
    expect(JSON.parse((await post('cancel', { call: 'call-404' })).body)).toEqual({ ok: true, value: false });
    expect(JSON.parse((await post('cancel', { call: '../../etc' })).body)).toEqual({
      ok: true,
      value: false,
    });
  });
});
