import { afterEach, describe, expect, it } from 'vitest';
import type { IpcResult, RenderedExport } from '../../shared/ipc/contract';
import { createPreviewStore } from '../services/previews';
import { overview } from '../services/handlers.testing';
import { CRASH_MESSAGE, createWorkerClient, type WorkerClient } from './client';
import type { WorkerConnection } from './protocol';
import { relayPreviewsToBridge } from './previews-relay';
import { startThread } from './threads';
import { THREAD_ENTRY, documentText, freshWorkerOptions } from './worker.testing';

let client: WorkerClient | undefined;
afterEach(() => client?.close());

/** A client over a real worker thread; `answers` lists the kinds of answer that crossed the port. */
function workerClient() {
  const start = startThread(THREAD_ENTRY, freshWorkerOptions());
  let last: WorkerConnection | undefined;
  const answers: string[] = [];
  client = createWorkerClient(() => {
    const connection = start();
    last = connection;
    return {
      ...connection,
      onMessage: (listener) =>
        connection.onMessage((message) => {
          if (message.type.startsWith('response')) answers.push(message.type);
          listener(message);
        }),
    };
  });
  return { client, answers, last: () => last as WorkerConnection };
}

describe('answers as the JSON text the worker wrote (callText)', () => {
  it('is the text of what call answers, for values and refusals alike', async () => {
    const { client, answers } = workerClient();
    await client.call('workspace:import', { text: documentText(2, 30), onConflict: 'refuse' });
    const list = await client.call('workspace:list', {});
    const id = list.ok ? (list.value as { id: string }[])[0]?.id : undefined;
    expect(id).toBeDefined();
    for (const [channel, payload] of [
      ['membership:get', { id }],
      ['workspace:list', {}],
      ['membership:get', { id: 'm-404' }],
      ['membership:get', { id: 7 }],
    ] as const) {
      const text = await client.callText(channel, payload);
      expect(typeof text).toBe('string');
      expect(JSON.parse(text)).toEqual(await client.call(channel, payload));
    }
    // Each pair: the text crossed the port as text, the object as an object.
    expect(answers.slice(-8)).toEqual(Array(4).fill(['response-text', 'response']).flat());
  });

  it('answers a request a crashed worker left with the crash refusal, as text', async () => {
    const { client, last } = workerClient();
    await client.call('membership:create', { overview });
    const importing = client.callText('workspace:import', { text: documentText(3), onConflict: 'refuse' });
    last().terminate();
    expect(JSON.parse(await importing)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: CRASH_MESSAGE },
    });
  });

  it('is refused as text once the client is closed', async () => {
    const { client } = workerClient();
    client.close();
    const answer = JSON.parse(await client.callText('workspace:list', {})) as IpcResult<unknown>;
    expect(answer.ok).toBe(false);
  });
});

describe('the bridge relay', () => {
  it('keeps report previews in the serving process and forwards every other answer as text', async () => {
    const previews = createPreviewStore();
    const asked: string[] = [];
    const html: IpcResult<RenderedExport> = {
      ok: true,
      value: { text: '<p>report</p>', previewPath: 'worker-path' } as unknown as RenderedExport,
    };
    const relay = relayPreviewsToBridge(
      {
        call: async (channel) => {
          asked.push(`call ${channel}`);
          return html;
        },
        callText: async (channel) => {
          asked.push(`text ${channel}`);
          return '{"ok":true,"value":[]}';
        },
      },
      previews,
    );
    const rendered = JSON.parse(await relay.callText('report:render', {})) as IpcResult<RenderedExport>;
    const path = rendered.ok ? rendered.value.previewPath : null;
    expect(path).not.toBe('worker-path');
    expect(previews.get(String(path).split('/').pop() ?? '')).toBe('<p>report</p>');
    expect(await relay.callText('workspace:list', {})).toBe('{"ok":true,"value":[]}');
    expect(asked).toEqual(['call report:render', 'text workspace:list']);
  });
});
