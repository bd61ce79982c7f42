/** A workspace with its handlers, called the way IPC and HTTP call them: through `dispatch`. */
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Membership } from '../../shared/interchange/schema';
import { applyChange, type MembershipChange } from '../../shared/ipc/membership-change';
import type { ChannelInput, ChannelName, ChannelResult, IpcResult } from '../../shared/ipc/contract';
import type { OverviewInput } from '../../shared/forms/overview';
import { FABRIKAM_GOLD_ENROLLMENT } from '../../test/fixtures/report/membership';
import { FIXTURES, openTempWorkspace, type TempWorkspace } from '../db/testing';
import { createHandlers } from './handlers';
import { dispatch } from './dispatch';

export interface HandlerHarness extends TempWorkspace {
  /** Calls a channel with a payload that type-checks. */
  readonly call: <C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
  ) => Promise<IpcResult<ChannelResult<C>>>;
  /** Calls a channel with anything at all, as a hostile renderer could. */
  readonly callRaw: (channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;
  /** Calls a channel and returns its value, failing the test on an error. */
  readonly value: <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelResult<C>>;
  /**
   * Runs a save that returns a MembershipChange, checks that applying the change to the
   * membership as it was gives exactly the membership now stored, and returns the stored one.
   */
  readonly saved: <C extends SaveChannel>(channel: C, input: ChannelInput<C>) => Promise<Membership>;
}

type SaveChannel = {
  [C in ChannelName]: ChannelResult<C> extends MembershipChange ? C : never;
}[ChannelName];

/** A fresh workspace and its handlers; the sample is the two-membership fixture. */
export function handlerHarness(
  samplePath = join(FIXTURES, 'workspace-two-memberships.json'),
): HandlerHarness {
  const ws = openTempWorkspace(() => new Date('2009-08-01T10:00:00Z'));
  const handlers = createHandlers(ws.db, { backupDir: ws.backupDir, samplePath });
  const callRaw = (channel: unknown, payload: unknown) =>
    dispatch(handlers, channel, payload, (e) => console.error(e));
  const call = callRaw as HandlerHarness['call'];
  const value: HandlerHarness['value'] = async (channel, input) => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const saved: HandlerHarness['saved'] = async (channel, input) => {
    const { id, membershipId } = input as { id?: string; membershipId?: string };
    const target = channel.startsWith('entity:') ? membershipId : id;
    const before = await value('membership:get', { id: target ?? '' });
    const change = (await value(channel, input)) as MembershipChange;
    expect(change.membershipId).toBe(target);
    const after = await value('membership:get', { id: target ?? '' });
    expect(applyChange(before, change)).toEqual(after);
    return after;
  };
  return { ...ws, call, callRaw, value, saved };
}

/** A valid first-tab form for a new membership. */
export const overview: OverviewInput = {
  organization: { name: 'Fabrikam Ltd', location: 'Seattle', country: 'US' },
  ...FABRIKAM_GOLD_ENROLLMENT,
};
