import { describe, expect, it } from 'vitest';
import { createCallRegistry } from './call-stream';

const TAG = '0b7f3c1e-2d4a-4f6b-8c9d-1a2b3c4d5e6f';

describe('the call registry', () => {
  it('aborts a running call on cancel', async () => {
    const calls = createCallRegistry();
    let cancelled: boolean | null = null;
    const running = calls.track(TAG, async (signal) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return signal.aborted;
    });
    cancelled = calls.cancel(TAG);
    expect(cancelled).toBe(true);
    expect(await running).toBe(true);
  });

  it('keeps a cancel that overtook its call and stops the call when it starts', async () => {
    const calls = createCallRegistry();
    expect(calls.cancel(TAG)).toBe(false);
    expect(await calls.track(TAG, async (signal) => signal.aborted)).toBe(true);
    // Used once: the same tag running again is not cancelled.
    expect(await calls.track(TAG, async (signal) => signal.aborted)).toBe(false);
  });

  it('ignores what is not a call tag', async () => {
    const calls = createCallRegistry();
    expect(calls.cancel('not a tag')).toBe(false);
    expect(await calls.track(null, async (signal) => signal.aborted)).toBe(false);
  });
});
