/**
 * The renderer's one way to the main process. Inside Electron the preload's `window.api` is
 * used; in browser mode the same contract is called over HTTP with this run's token. Nothing
 * else in the renderer knows which.
 */
import {
  CHANNELS,
  type Api,
  type ChannelInput,
  type ChannelName,
  type ChannelResult,
  type IpcError,
  type IpcResult,
} from '../../../shared/ipc/contract';

const TOKEN_HEADER = 'x-reenroll-token';
const TOKEN_KEY = 'reenroll-token';

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

/** The token `reenroll serve` put in the URL fragment, kept for reloads of this tab. */
function browserToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpApi(): Api {
  const token = browserToken();
  const entries = CHANNELS.map((channel) => [
    channel,
    async (input: unknown): Promise<IpcResult<unknown>> => {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'unavailable',
            message: 'The local server is not answering. Is `reenroll serve` still running?',
          },
        };
      }
      try {
        return (await response.json()) as IpcResult<unknown>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: `The local server answered ${response.status} without a result.`,
          },
        };
      }
    },
  ]);
  return Object.fromEntries(entries) as Api;
}

let api: Api | undefined;

/** The API for this window: the preload bridge when present, HTTP otherwise. */
export function getApi(): Api {
  api ??= window.api ?? httpApi();
  return api;
}

/** Calls a channel and returns its value, or throws an ApiError a form can show. */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelResult<C>> {
  const result = (await getApi()[channel](input)) as IpcResult<ChannelResult<C>>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
