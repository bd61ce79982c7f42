/**
 * Calls a long channel with a tag, so its progress shows in the window's one progress bar and
 * its Cancel button reaches it. Any channel works: the bar shows whatever progress the handler
 * reports through its CallContext (import, export, restore, sheet import alike).
 */
import type { ChannelInput, ChannelName, ChannelResult } from '../../../shared/ipc/contract';
import { call, getLongCalls } from '../api/client';
import { useLongWork } from './long-work-store';

export interface LongCallOptions {
  /** What is being done, for people: "Importing the workspace". */
  readonly title: string;
  /** Whether a Cancel button is offered (the handler stops only before it writes). */
  readonly cancellable?: boolean;
  /** Shown in the dialog that started it (which renders `<LongWorkProgress inDialog />`). */
  readonly inDialog?: boolean;
}

/** What the window does with the answer before the work counts as done, and its words. */
export interface Finishing<T> {
  readonly what: string;
  readonly run: (value: T) => Promise<unknown>;
}

/**
 * Like `call`, followed by the progress bar until it answers — and, with `finishing`, until the
 * window has caught up with the answer (an import's memberships read again), the bar saying so.
 */
export async function callLong<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  { title, cancellable = false, inDialog = false }: LongCallOptions,
  finishing?: Finishing<ChannelResult<C>>,
): Promise<ChannelResult<C>> {
  const tag = crypto.randomUUID();
  const store = useLongWork.getState();
  store.workStarted({ tag, title, cancellable, inDialog });
  const stop = getLongCalls().onProgress((event) => {
    if (event.call === tag) store.progressArrived(tag, event.progress);
  });
  try {
    const value = await call(channel, input, tag);
    stop();
    if (finishing) {
      store.progressArrived(tag, { what: finishing.what, done: 0, total: 1, writing: true });
      await finishing.run(value);
    }
    return value;
  } finally {
    stop();
    store.workEnded(tag);
  }
}

/** Asks the work `tag` to stop; it answers with a "cancelled" error if it stopped in time. */
export function cancelLong(tag: string): void {
  useLongWork.getState().cancelAsked(tag);
  getLongCalls().cancel(tag);
}
