import { describe, expect, it, afterEach, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { preloadable, useCodeArrivals } from './preloadable';

afterEach(cleanup);

const module = { Screen: () => <h2>The screen</h2> };

describe('preloadable', () => {
  it('renders loaded code at once, never through the Suspense fallback', async () => {
    const load = vi.fn(() => Promise.resolve(module));
    const screenCode = preloadable(load, 'Screen');
    expect(screenCode.settled()).toBe(false);
    await Promise.all([screenCode.preload(), screenCode.preload()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(screenCode.settled()).toBe(true);
    render(
      <Suspense fallback={<p>Opening…</p>}>
        <screenCode.Component />
      </Suspense>,
    );
    // In the first commit: no fallback was shown.
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeTruthy();
    expect(screen.queryByText('Opening…')).toBeNull();
  });

  it('suspends when rendered before its code, and re-renders those waiting when it arrives', async () => {
    let arrive: (m: typeof module) => void = () => {};
    const screenCode = preloadable(() => new Promise<typeof module>((r) => (arrive = r)), 'Screen');
    function Waiting() {
      const arrivals = useCodeArrivals();
      return <p>{screenCode.settled() ? `here after ${arrivals > 0 ? 'an arrival' : 'none'}` : 'waiting'}</p>;
    }
    render(
      <>
        <Waiting />
        <Suspense fallback={<p>Opening…</p>}>
          <screenCode.Component />
        </Suspense>
      </>,
    );
    expect(screen.getByText('Opening…')).toBeTruthy();
    expect(screen.getByText('waiting')).toBeTruthy();
    await act(async () => arrive(module));
    expect(await screen.findByRole('heading', { name: 'The screen' })).toBeTruthy();
    expect(screen.getByText('here after an arrival')).toBeTruthy();
  });

  it('settles on a failed load, so the screen renders and tries again', async () => {
    const load = vi
      .fn<() => Promise<typeof module>>()
      .mockRejectedValueOnce(new Error('gone'))
      .mockResolvedValue(module);
    const screenCode = preloadable(load, 'Screen');
    await screenCode.preload();
    expect(screenCode.settled()).toBe(true);
    render(
      <Suspense fallback={<p>Opening…</p>}>
        <screenCode.Component />
      </Suspense>,
    );
    expect(await screen.findByRole('heading', { name: 'The screen' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
