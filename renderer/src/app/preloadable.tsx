/**
 * A component whose code loads on demand and, once loaded, renders at once. React's `lazy`
 * suspends on its first render even when the code is already here, and React reveals a
 * suspended screen no sooner than 300 ms after its fallback appeared (its throttle against
 * flicker): a tab whose chunk had arrived in 50 ms showed after 400. Here the loaded component
 * is rendered directly; `lazy` is only the path for a render that comes before the code.
 */
import { lazy, useSyncExternalStore, type ComponentType } from 'react';

export interface Preloadable {
  readonly Component: ComponentType;
  /** Starts loading the code (once); resolves when it is here. */
  readonly preload: () => Promise<void>;
  /**
   * Whether rendering `Component` need not wait: its code is here, or loading it failed (the
   * render then tries again through `lazy`, and a second failure shows as any render error).
   */
  readonly settled: () => boolean;
}

// Loads that settled, announced to the screens that wait for one (useCodeArrivals).
const listeners = new Set<() => void>();
let arrivals = 0;
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function preloadable<M, K extends keyof M>(load: () => Promise<M>, name: K): Preloadable {
  let loaded: ComponentType | null = null;
  let failed = false;
  let loading: Promise<ComponentType> | null = null;
  const announce = () => {
    arrivals += 1;
    for (const listener of listeners) listener();
  };
  const code = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module[name] as ComponentType;
        failed = false;
        announce();
        return loaded;
      },
      (error: unknown) => {
        // A failed load (a file gone after an update) is tried again on the next render.
        loading = null;
        failed = true;
        announce();
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await code() }));
  function Component() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return {
    Component,
    // A failure is seen by the render that tries again, not here.
    preload: () =>
      code().then(
        () => undefined,
        () => undefined,
      ),
    settled: () => loaded !== null || failed,
  };
}

/** Re-renders the caller whenever some preloadable's code arrives. */
export function useCodeArrivals(): number {
  return useSyncExternalStore(subscribe, () => arrivals);
}
