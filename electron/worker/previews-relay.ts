/**
 * Report previews when the handlers run in the database worker: the worker renders the HTML,
 * but the page that shows it asks the process serving the window (`preview/<id>`), so each
 * rendered HTML report is kept in that process's store and its path replaces the worker's.
 */
import type { RenderedExport } from '../../shared/ipc/contract';
import type { PreviewStore } from '../services/previews';
import type { Caller, TextCaller, WorkerClient } from './client';

/** `call`, with `report:render`'s HTML kept in `previews` (the store the server serves). */
export function relayPreviews(call: Caller, previews: PreviewStore): Caller {
  return async (channel, payload, options) => {
    const result = await call(channel, payload, options);
    if (channel !== 'report:render' || !result.ok) return result;
    const rendered = result.value as RenderedExport;
    if (rendered.previewPath === null) return result;
    return { ok: true, value: { ...rendered, previewPath: previews.put(rendered.text) } };
  };
}

/**
 * The calls a browser-mode bridge makes to `worker`: `call` with previews relayed, and `callText`,
 * which answers `report:render` through that relay and every other channel with the worker's text.
 */
export function relayPreviewsToBridge(
  worker: Pick<WorkerClient, 'call' | 'callText'>,
  previews: PreviewStore,
): { readonly call: Caller; readonly callText: TextCaller } {
  const call = relayPreviews(worker.call, previews);
  return {
    call,
    callText: async (channel, payload, options) =>
      channel === 'report:render'
        ? JSON.stringify(await call(channel, payload, options))
        : worker.callText(channel, payload, options),
  };
}
