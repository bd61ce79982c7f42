import { describe, expect, it, vi } from 'vitest';
import { useLongWork } from './long-work-store';

const shown = () => useLongWork.getState().work?.progress ?? null;

describe('the long-work store', () => {
  it('shows a new step at once and coalesces the counts within a step to one per tick', () => {
    vi.useFakeTimers();
    try {
      const store = useLongWork.getState();
      store.workStarted({
        tag: 'call-1',
        title: 'Importing the workspace',
        cancellable: true,
        inDialog: false,
      });
      store.progressArrived('call-1', { what: 'Reading the file', done: 0, total: 1 });
      expect(shown()?.what).toBe('Reading the file');
      store.progressArrived('call-1', { what: 'Evaluating memberships', done: 1, total: 4 });
      expect(shown()).toEqual({ what: 'Evaluating memberships', done: 1, total: 4 });
      store.progressArrived('call-1', { what: 'Evaluating memberships', done: 2, total: 4 });
      store.progressArrived('call-1', { what: 'Evaluating memberships', done: 3, total: 4 });
      expect(shown()?.done).toBe(1);
      vi.advanceTimersByTime(60);
      expect(shown()?.done).toBe(3);
      // Another call's progress never shows on this one.
      store.progressArrived('call-2', { what: 'Backing up', done: 0, total: 1 });
      vi.advanceTimersByTime(60);
      expect(shown()?.what).toBe('Evaluating memberships');
      store.workEnded('call-1');
      expect(useLongWork.getState().work).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
