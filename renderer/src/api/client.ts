/**
 * The renderer's one way to the main process. Inside Electron the preload's `window.api` and
 * `window.longCalls` are used; in browser mode the same contract is called over HTTP with this
 * run's token (http-api.ts). Nothing else in the renderer knows which.
 */
import { httpApi } from './http-api';
import {
  type Api,
  type CallTag,
  type LongCalls,
  type ChannelInput,
  type ChannelName,
  type ChannelResult,
  type IpcError,
  type IpcResult,
} from '../../../shared/ipc/contract';

/** A failed call, carrying the error's code and data (switch on `error.code`, never the message). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly problems: IpcError['problems'];
  readonly code: IpcError['code'];
  constructor(readonly error: IpcError) {
    super(error.message);
    this.problems = error.problems;
    this.code = error.code;
  }
}

let transport: { api: Api; longCalls: LongCalls } | undefined;

function getTransport() {
  transport ??= window.api && window.longCalls ? { api: window.api, longCalls: window.longCalls } : httpApi();
  return transport;
}

/** The API for this window: the preload bridge when present, HTTP otherwise. */
export function getApi(): Api {
  return getTransport().api;
}

/** Progress, cancel and worker restarts of long calls, by the same transport as `getApi`. */
export function getLongCalls(): LongCalls {
  return getTransport().longCalls;
}

/** Calls a channel and returns its value, or throws an ApiError a form can show. */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  tag?: CallTag,
): Promise<ChannelResult<C>> {
  const result = (await getApi()[channel](input, tag)) as IpcResult<ChannelResult<C>>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
