/**
 * The one way a request reaches a handler, from IPC or from browser mode's HTTP bridge: the
 * channel is looked up in the contract, the payload parsed with the channel's schema, and any
 * failure turned into an error a person can read. A handler never sees an unparsed payload.
 */
import {
  contract,
  isChannelName,
  type CallContext,
  type ChannelName,
  type Handlers,
  type IpcResult,
} from '../../shared/ipc/contract';
import { problemsFromZod, describeProblems } from '../../shared/validation';
import { compiled } from '../validation/compiled';

/**
 * The channels whose payloads can be large (an item with its lists, a form with every field):
 * their schemas are validated by the compiled clone, which answers the same (see compiled.ts).
 */
const COMPILED_CHANNELS: ReadonlySet<ChannelName> = new Set([
  'entity:save',
  'membership:save-overview',
  'membership:save-step',
  'workspace:import',
]);

/** Compiles the large channels' schemas now, one per tick, so no request waits for a compile. */
export function precompileChannels(): void {
  const pending = [...COMPILED_CHANNELS];
  const next = () => {
    const channel = pending.shift();
    if (channel === undefined) return;
    compiled(contract[channel].input);
    setImmediate(next);
  };
  setImmediate(next);
}

/** An error whose message is meant for the person using the app (a refused import, a missing row). */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
  constructor(
    message: string,
    readonly problems?: readonly { readonly path: string; readonly message: string }[],
  ) {
    super(message);
  }
}

/** Validates `payload` for `channel` and runs its handler. Never throws. */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  log: (error: unknown) => void = () => {},
  context: CallContext = {},
): Promise<IpcResult<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: { message: `Unknown request "${String(channel).slice(0, 100)}".` } };
  }
  const schema = contract[channel].input;
  const parsed = (COMPILED_CHANNELS.has(channel) ? compiled(schema) : schema).safeParse(payload);
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error);
    return { ok: false, error: { message: `Invalid input: ${describeProblems(problems)}`, problems } };
  }
  try {
    const handler = handlers[channel] as (args: unknown, context: CallContext) => unknown;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    if (error instanceof UserFacingError) {
      return {
        ok: false,
        error: error.problems
          ? { message: error.message, problems: error.problems }
          : { message: error.message },
      };
    }
    log(error);
    return {
      ok: false,
      error: { message: `Something went wrong while handling ${channel}; nothing was changed.` },
    };
  }
}

export type { ChannelName };
