/**
 * Calls started before the screen that needs them has rendered: at start the home's rows are
 * asked for together with the list of memberships, not after the frame that first shows the
 * home. The screen then takes the answer already on its way instead of asking again, or, when
 * it has already arrived, renders with it at once (no frame without it, no second render).
 */
import type { CallTag, ChannelInput, ChannelName, ChannelResult } from '../../../shared/ipc/contract';
import { call } from './client';

/** Each call started ahead, with the tag its progress comes under (when it has one). */
const ahead = new Map<string, { readonly answer: Promise<unknown>; readonly tag: CallTag | undefined }>();
/** The answers that have arrived, by the same key: what a first render can show. */
const arrived = new Map<string, unknown>();
const keyOf = (channel: ChannelName, input: unknown) => `${channel} ${JSON.stringify(input)}`;

/**
 * Starts `channel` now; the first `callOrTake` with the same input gets its answer. With a
 * `tag`, the call reports its progress under it (`tagAhead`).
 */
export function callAhead<C extends ChannelName>(channel: C, input: ChannelInput<C>, tag?: CallTag): void {
  const key = keyOf(channel, input);
  const answer = call(channel, input, tag);
  ahead.set(key, { answer, tag });
  answer.then(
    (value) => {
      if (ahead.get(key)?.answer === answer) arrived.set(key, value);
    },
    // Never an unhandled rejection: whoever takes it sees the failure.
    () => undefined,
  );
}

/** The answer of a call started ahead with this input, if it has arrived and nobody took it. */
export function arrivedAnswer<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): { readonly value: ChannelResult<C> } | null {
  const key = keyOf(channel, input);
  return arrived.has(key) ? { value: arrived.get(key) as ChannelResult<C> } : null;
}

/** True while a call started ahead with this input is still unanswered. */
export function pendingAhead<C extends ChannelName>(channel: C, input: ChannelInput<C>): boolean {
  const key = keyOf(channel, input);
  return ahead.has(key) && !arrived.has(key);
}

/** The tag of the call started ahead with this input, while nobody has taken it. */
export function tagAhead<C extends ChannelName>(channel: C, input: ChannelInput<C>): CallTag | undefined {
  return ahead.get(keyOf(channel, input))?.tag;
}

/**
 * Resolves once the call started ahead with this input has been answered (or failed), leaving
 * its answer to whoever takes it; at once when there is none.
 */
export async function answeredAhead<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<void> {
  await ahead.get(keyOf(channel, input))?.answer.catch(() => undefined);
}

/**
 * The answer of a call started ahead with this input (once), else a new call (tagged `tag`:
 * `tagAhead` gives the tag of the one started ahead).
 */
export function callOrTake<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  tag?: CallTag,
): Promise<ChannelResult<C>> {
  const key = keyOf(channel, input);
  const started = ahead.get(key);
  if (!started) return call(channel, input, tag);
  ahead.delete(key);
  arrived.delete(key);
  return started.answer as Promise<ChannelResult<C>>;
}

/**
 * Drops the answers nobody took: once the first screen has rendered, an answer from start-up is
 * stale (the home not shown then must not show it later, after changes).
 */
export function forgetCallsAhead(): void {
  ahead.clear();
  arrived.clear();
}
