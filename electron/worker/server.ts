/**
 * The worker side of the protocol: requests run one at a time in arrival order (a save never
 * lands inside an import's transaction), each through `dispatch` with its progress sent back as
 * events and its cancel flag set the moment a cancel arrives.
 */
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../services/dispatch';
import type { Endpoint, FromWorker, ToWorker } from './protocol';

/** Answers every request arriving at `endpoint` with `handlers`, then says it is ready. */
export function serveRequests(
  endpoint: Endpoint<ToWorker, FromWorker>,
  handlers: Handlers,
  log: (error: unknown) => void = (error) => console.error(error),
): void {
  const cancels = new Map<number, AbortController>();
  let queue: Promise<void> = Promise.resolve();
  endpoint.onMessage((message) => {
    if (message.type === 'cancel') {
      cancels.get(message.id)?.abort();
      return;
    }
    const { id, channel, payload, asText } = message;
    const controller = new AbortController();
    cancels.set(id, controller);
    queue = queue.then(async () => {
      const result = await dispatch(handlers, channel, payload, log, {
        signal: controller.signal,
        progress: (progress) => endpoint.post({ type: 'progress', id, progress }),
      });
      cancels.delete(id);
      // A string crosses the port as one copy; the object graph of a 5,000-MCP membership took
      // about five times as long to clone as to serialize.
      if (asText) endpoint.post({ type: 'response-text', id, text: JSON.stringify(result) });
      else endpoint.post({ type: 'response', id, result });
    });
  });
  endpoint.post({ type: 'ready' });
}
