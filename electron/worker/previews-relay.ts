/**
 * Report previews when the handlers run in the database worker: the worker renders the HTML,
 * but the page that shows it asks the process serving the window (`preview/<id>`), so each
 * rendered HTML report is kept in that process's store and its path replaces the worker's.
 */
import type { RenderedExport } from '../../shared/ipc/contract';
import type { PreviewStore } from '../services/previews';
import type { Caller } from './client';

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
