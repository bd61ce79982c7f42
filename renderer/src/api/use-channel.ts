/**
 * A channel's result as React state, fetched again whenever one of `deps` changes; an answer
 * that arrives after a newer request started is dropped, so the state never goes back in time.
 * The first fetch takes a call started ahead with the same input (early-calls.ts), if any.
 * With `followProgress`, each call is tagged and the progress its handler reports comes with the
 * state: while loading, or beside the answer it will replace (a refresh keeps what is shown).
 */
import { useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelResult, Progress } from '../../../shared/ipc/contract';
import { getLongCalls } from './client';
import { arrivedAnswer, callOrTake, tagAhead } from './early-calls';

export type Fetched<T> =
  | { readonly state: 'loading'; readonly progress?: Progress }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly value: T; readonly progress?: Progress };

export function useChannel<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  deps: readonly unknown[],
  { followProgress = false }: { readonly followProgress?: boolean } = {},
): Fetched<ChannelResult<C>> {
  // An answer asked for at start that has already arrived is the first render's (no 'loading'
  // frame); the first effect then has nothing to fetch.
  const [fetched, setFetched] = useState<Fetched<ChannelResult<C>>>(() => {
    const early = arrivedAnswer(channel, input);
    return early ? { state: 'ready', value: early.value } : { state: 'loading' };
  });
  const hadAtStart = useRef(fetched.state === 'ready');
  useEffect(() => {
    if (hadAtStart.current) {
      hadAtStart.current = false;
      return;
    }
    // Until the answer: in the desktop app progress travels apart from it, and may come after.
    let waiting = true;
    const settle = (next: Fetched<ChannelResult<C>>) => {
      if (!waiting) return;
      waiting = false;
      setFetched(next);
    };
    const tag = followProgress ? (tagAhead(channel, input) ?? crypto.randomUUID()) : undefined;
    const stopHearing =
      tag === undefined
        ? undefined
        : getLongCalls().onProgress(({ call, progress }) => {
            if (!waiting || call !== tag) return;
            setFetched((shown) =>
              shown.state === 'ready' ? { ...shown, progress } : { state: 'loading', progress },
            );
          });
    callOrTake(channel, input, tag).then(
      (value) => settle({ state: 'ready', value }),
      (error: unknown) =>
        settle({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      waiting = false;
      stopHearing?.();
    };
    // The caller names what the request depends on; `input` is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, ...deps]);
  return fetched;
}
