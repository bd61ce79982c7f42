/**
 * Calls started before the screen that needs them has rendered: at start the home's rows are
 * asked for together with the list of memberships, not after the frame that first shows the
 * home. The screen then takes the answer already on its way instead of asking again, or, when
 * it has already arrived, renders with it at once (no frame without it, no second render).
 */
import type { CallTag, ChannelInput, ChannelName, ChannelResult } from '../../../shared/ipc/contract';
import { call } from './client';

const ahead = new Map<string, Promise<unknown>>();
/** The tag of each call started ahead with one, so its taker can hear its progress. */
const tags = new Map<string, CallTag>();
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
  ahead.set(key, answer);
  if (tag === undefined) tags.delete(key);
  else tags.set(key, tag);
  answer.then(
    (value) => {
      if (ahead.get(key) === answer) arrived.set(key, value);
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
  const key = keyOf(channel, input);
  return ahead.has(key) ? tags.get(key) : undefined;
}

/**
 * Resolves once the call started ahead with this input has been answered (or failed), leaving
 * its answer to whoever takes it; at once when there is none.
 */
export async function answeredAhead<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<void> {
  await ahead.get(keyOf(channel, input))?.catch(() => undefined);
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
  const answer = ahead.get(key) as Promise<ChannelResult<C>> | undefined;
  if (!answer) return call(channel, input, tag);
  ahead.delete(key);
  arrived.delete(key);
  tags.delete(key);
  return answer;
}

/**
 * Drops the answers nobody took: once the first screen has rendered, an answer from start-up is
 * stale (the home not shown then must not show it later, after changes).
 */
export function forgetCallsAhead(): void {
  ahead.clear();
  arrived.clear();
  tags.clear();
}
