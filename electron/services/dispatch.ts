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
import type { FieldProblem, ImportConflict, IpcError, IpcErrorCode } from '../../shared/ipc/errors';
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
    readonly code: Exclude<IpcErrorCode, 'import-conflict' | 'internal'>,
    message: string,
    readonly problems?: readonly FieldProblem[],
  ) {
    super(message);
  }

  /** The error as it crosses the boundary. */
  toIpcError(): IpcError {
    return { code: this.code, message: this.message, ...(this.problems ? { problems: this.problems } : {}) };
  }
}

/** An import refused because the file holds memberships the workspace already has. */
export class ImportConflictError extends Error {
  override readonly name = 'ImportConflictError';
  constructor(
    message: string,
    readonly conflicts: readonly ImportConflict[],
    readonly fileMemberships: number,
  ) {
    super(message);
  }

  toIpcError(): IpcError {
    const { message, conflicts, fileMemberships } = this;
    return { code: 'import-conflict', message, conflicts, fileMemberships };
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
    return {
      ok: false,
      error: { code: 'bad-request', message: `Unknown request "${String(channel).slice(0, 100)}".` },
    };
  }
  const schema = contract[channel].input;
  const parsed = (COMPILED_CHANNELS.has(channel) ? compiled(schema) : schema).safeParse(payload);
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error);
    // The import's file, as text or as bytes, is its only field that can be too big.
    const tooLarge = parsed.error.issues.some((issue) => issue.code === 'too_big');
    const code = tooLarge && channel === 'workspace:import' ? 'too-large' : 'validation';
    return { ok: false, error: { code, message: `Invalid input: ${describeProblems(problems)}`, problems } };
  }
  try {
    const handler = handlers[channel] as (args: unknown, context: CallContext) => unknown;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    if (error instanceof UserFacingError || error instanceof ImportConflictError)
      return { ok: false, error: error.toIpcError() };
    log(error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong while handling ${channel}; nothing was changed.`,
      },
    };
  }
}

export type { ChannelName };
