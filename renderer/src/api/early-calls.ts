/**
 * Calls started before the screen that needs them has rendered: at start the home's rows are
 * asked for together with the list of memberships, not after the frame that first shows the
 * home. The screen then takes the answer already on its way instead of asking again.
 */
import type { ChannelInput, ChannelName, ChannelResult } from '../../../shared/ipc/contract';
import { call } from './client';

const ahead = new Map<string, Promise<unknown>>();
const keyOf = (channel: ChannelName, input: unknown) => `${channel} ${JSON.stringify(input)}`;

/** Starts `channel` now; the first `callOrTake` with the same input gets its answer. */
export function callAhead<C extends ChannelName>(channel: C, input: ChannelInput<C>): void {
  const answer = call(channel, input);
  // Never an unhandled rejection: whoever takes it sees the failure.
  answer.catch(() => undefined);
  ahead.set(keyOf(channel, input), answer);
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
  return answer;
}

/**
 * Drops the answers nobody took: once the first screen has rendered, an answer from start-up is
 * stale (the home not shown then must not show it later, after changes).
 */
export function forgetCallsAhead(): void {
  ahead.clear();
}
