/**
 * Calls started before the screen that needs them has rendered: at start the home's rows are
 * asked for together with the list of memberships, not after the frame that first shows the
 * home. The screen then takes the answer already on its way instead of asking again, or, when
 * it has already arrived, renders with it at once (no frame without it, no second render).
 */
import type { ChannelInput, ChannelName, ChannelResult } from '../../../shared/ipc/contract';
import { call } from './client';

const ahead = new Map<string, Promise<unknown>>();
/** The answers that have arrived, by the same key: what a first render can show. */
const arrived = new Map<string, unknown>();
const keyOf = (channel: ChannelName, input: unknown) => `${channel} ${JSON.stringify(input)}`;

/** Starts `channel` now; the first `callOrTake` with the same input gets its answer. */
export function callAhead<C extends ChannelName>(channel: C, input: ChannelInput<C>): void {
  const key = keyOf(channel, input);
  const answer = call(channel, input);
  ahead.set(key, answer);
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

/** The answer of a call started ahead with this input (once), else a new call. */
export function callOrTake<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelResult<C>> {
  const key = keyOf(channel, input);
  const answer = ahead.get(key) as Promise<ChannelResult<C>> | undefined;
  if (!answer) return call(channel, input);
  ahead.delete(key);
  arrived.delete(key);
  return answer;
}

/**
 * Drops the answers nobody took: once the first screen has rendered, an answer from start-up is
 * stale (the home not shown then must not show it later, after changes).
 */
export function forgetCallsAhead(): void {
  ahead.clear();
  arrived.clear();
}
