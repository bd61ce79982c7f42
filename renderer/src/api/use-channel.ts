/**
 * A channel's result as React state, fetched again whenever one of `deps` changes; an answer
 * that arrives after a newer request started is dropped, so the state never goes back in time.
 * The first fetch takes a call started ahead with the same input (early-calls.ts), if any.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelResult } from '../../../shared/ipc/contract';
import { arrivedAnswer, callOrTake } from './early-calls';

export type Fetched<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly value: T };

export function useChannel<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  deps: readonly unknown[],
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
    let live = true;
    callOrTake(channel, input).then(
      (value) => live && setFetched({ state: 'ready', value }),
      (error: unknown) =>
        live &&
        setFetched({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // The caller names what the request depends on; `input` is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, ...deps]);
  return fetched;
}
