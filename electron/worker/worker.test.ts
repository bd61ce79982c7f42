import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../shared/ipc/contract';
import { overview } from '../services/handlers.testing';
import { CRASH_MESSAGE, createWorkerClient, type WorkerClient } from './client';
import type { WorkerConnection } from './protocol';
import { fileURLToPath } from 'node:url';
import { startThread } from './threads';
import { startFork } from './fork';
import { THREAD_ENTRY, WORKER_SOURCE, documentText, freshWorkerOptions } from './worker.testing';

let client: WorkerClient | undefined;
afterEach(() => client?.close());

/** A client over a real worker thread on a fresh workspace; `last()` is the running worker. */
function workerClient() {
  const start = startThread(THREAD_ENTRY, freshWorkerOptions());
  let last: WorkerConnection | undefined;
  client = createWorkerClient(() => (last = start()));
  return { client, last: () => last as WorkerConnection };
}

describe('the database worker over worker_threads', () => {
  it('answers requests through the same dispatch, refusals included', async () => {
    const { client } = workerClient();
    expect(await client.call('workspace:list', {})).toEqual({ ok: true, value: [] });
    const created = await client.call('membership:create', { overview });
    expect(created.ok && (created.value as { id: string }).id).toMatch(/^m-/);
    const refused = await client.call('membership:get', { id: 'm-404' });
    expect(!refused.ok && refused.error.message).toBe('There is no membership with id "m-404".');
    const unknown = await client.call('db:exec', {});
    expect(!unknown.ok && unknown.error.message).toBe('Unknown request "db:exec".');
  });

  it('sends progress for an import, membership by membership, before its answer', async () => {
    const { client } = workerClient();
    const events: Progress[] = [];
    const result = await client.call(
      'workspace:import',
      { text: documentText(6), onConflict: 'refuse' },
      { onProgress: (progress) => events.push(progress) },
    );
    expect(result.ok).toBe(true);
    // Each membership read, the phases of checking and the backup, each membership written,
    // then the rows evaluated.
    const counted = (what: string, writing?: true) =>
      [1, 2, 3, 4, 5, 6].map((done) => ({ what, done, total: 6, ...(writing ? { writing } : {}) }));
    expect(events[0]?.what).toBe('Reading the file');
    expect(events.slice(1, 7)).toEqual(counted('Reading memberships'));
    expect(events.slice(7, 10).map((e) => e.what)).toEqual([
      'Checking the file',
      'Checking the text',
      'Backing up the workspace',
    ]);
    expect(events.slice(10, 16)).toEqual(counted('Importing memberships', true));
    expect(events.slice(16)).toEqual([
      { what: 'Evaluating memberships', done: 0, total: 6, writing: true },
      { what: 'Evaluating memberships', done: 4, total: 6, writing: true },
      { what: 'Evaluating memberships', done: 6, total: 6, writing: true },
    ]);
  });

  it('cancels an import before it writes, and nothing is changed', async () => {
    const { client } = workerClient();
    const created = await client.call('membership:create', { overview });
    const createdId = created.ok && (created.value as { id: string }).id;
    const controller = new AbortController();
    const importing = client.call(
      'workspace:import',
      { text: documentText(4), onConflict: 'refuse' },
      { signal: controller.signal },
    );
    controller.abort();
    const result = await importing;
    expect(!result.ok && result.error.message).toBe('The import was cancelled. Nothing was changed.');
    expect(!result.ok && result.error.code).toBe('cancelled');
    const list = await client.call('workspace:list', {});
    expect(list.ok && (list.value as { id: string }[]).map((m) => m.id)).toEqual([createdId]);
  });

  it('answers the requests a crashed worker left, restarts it, and keeps what it confirmed', async () => {
    const { client, last } = workerClient();
    const crashes: (number | null)[] = [];
    client.onCrash((code) => crashes.push(code));
    const created = await client.call('membership:create', { overview });
    expect(created.ok).toBe(true);
    const createdId = created.ok && (created.value as { id: string }).id;
    const crashed = last();
    const importing = client.call('workspace:import', { text: documentText(3), onConflict: 'refuse' });
    crashed.terminate();
    expect(await importing).toEqual({ ok: false, error: { code: 'unavailable', message: CRASH_MESSAGE } });
    expect(crashes).toHaveLength(1);
    const list = await client.call('workspace:list', {});
    expect(last()).not.toBe(crashed);
    expect(list.ok && (list.value as { id: string }[]).map((m) => m.id)).toEqual([createdId]);
  });
});

describe('the database worker as a forked process (as a utilityProcess is)', () => {
  it('is killed mid-import: the call is answered, the worker restarts, what it confirmed is kept', async () => {
    const start = startFork(fileURLToPath(WORKER_SOURCE), freshWorkerOptions(), ['--import', 'tsx']);
    const started: ReturnType<typeof start>[] = [];
    client = createWorkerClient(() => {
      const child = start();
      started.push(child);
      return child;
    });
    const restarted = new Promise<number | null>((resolve) => client?.onCrash(resolve));
    const created = await client.call('membership:create', { overview });
    const createdId = created.ok && (created.value as { id: string }).id;
    expect(createdId).toMatch(/^m-/);

    let killed = false;
    const importing = client.call(
      'workspace:import',
      { text: documentText(40, 200), onConflict: 'refuse' },
      {
        onProgress: () => {
          if (killed) return;
          killed = true;
          process.kill(started[0]?.pid as number, 'SIGKILL');
        },
      },
    );
    expect(await importing).toEqual({ ok: false, error: { code: 'unavailable', message: CRASH_MESSAGE } });
    expect(killed).toBe(true);
    await restarted;
    // Restarted at once, before any new request: a second process is already there.
    expect(started).toHaveLength(2);
    expect(started[1]?.pid).not.toBe(started[0]?.pid);
    const list = await client.call('workspace:list', {});
    expect(list.ok && (list.value as { id: string }[]).map((m) => m.id)).toEqual([createdId]);
    // The window sends a chosen file as its bytes, and they reach the process as bytes.
    const bytes = new TextEncoder().encode(documentText(2));
    const imported = await client.call('workspace:import', { text: bytes, onConflict: 'new' });
    expect(imported.ok && (imported.value as { added: unknown[] }).added).toHaveLength(2);
  }, 60_000);
});
