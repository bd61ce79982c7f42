import { describe, expect, it, vi } from 'vitest';

// The call answers when the test says so; progress listeners are kept to be called by hand.
let answer: (value: unknown) => void = () => {};
const listeners = new Set<(event: { call: string; progress: unknown }) => void>();
vi.mock('../api/client', () => ({
  call: () => new Promise((resolve) => (answer = resolve)),
  getLongCalls: () => ({
    onProgress: (listener: (event: { call: string; progress: unknown }) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel: () => {},
  }),
}));

const { callLong } = await import('./run-long');
const { useLongWork } = await import('./long-work-store');
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('callLong with a finishing step', () => {
  it('keeps the bar up, saying what the window does, until the window has caught up', async () => {
    let caughtUp: () => void = () => {};
    const run = vi.fn(() => new Promise<void>((resolve) => (caughtUp = resolve)));
    const done = callLong(
      'workspace:import',
      { text: '{}', onConflict: 'refuse' },
      { title: 'Importing the workspace' },
      { what: 'Opening the imported memberships', run },
    );
    expect(useLongWork.getState().work?.title).toBe('Importing the workspace');
    answer({ added: [] });
    await settle();
    expect(run).toHaveBeenCalledWith({ added: [] });
    // The call's progress is no longer heard; the bar says what the window does.
    expect(listeners.size).toBe(0);
    expect(useLongWork.getState().work?.progress?.what).toBe('Opening the imported memberships');
    caughtUp();
    expect(await done).toEqual({ added: [] });
    expect(useLongWork.getState().work).toBeNull();
  });
});
