import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

/** Frames and idle periods the test runs by hand. */
let frames: (() => void)[] = [];
let idles: { work: () => void; timeout: number | undefined }[] = [];
const runFrame = () => frames.splice(0).forEach((f) => f());
const runIdle = () => idles.splice(0).forEach((i) => i.work());

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  frames = [];
  idles = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.splice(id - 1, 1));
  vi.stubGlobal('requestIdleCallback', (work: () => void, options?: { timeout?: number }) =>
    idles.push({ work, timeout: options?.timeout }),
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => idles.splice(id - 1, 1));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterPaint', () => {
  it('runs the work only once a frame is painted, a task has passed and the browser is idle', () => {
    const work = vi.fn();
    afterPaint(work);
    runIdle();
    expect(work).not.toHaveBeenCalled();
    runFrame();
    runIdle();
    expect(work).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(idles.map((i) => i.timeout)).toEqual([2000]);
    runIdle();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('is cancelled at any step', () => {
    const work = vi.fn();
    afterPaint(work)();
    runFrame();
    vi.runAllTimers();
    runIdle();

    const cancelAfterFrame = afterPaint(work);
    runFrame();
    cancelAfterFrame();
    vi.runAllTimers();
    runIdle();

    const cancelWhenWaitingForIdle = afterPaint(work);
    runFrame();
    vi.runAllTimers();
    cancelWhenWaitingForIdle();
    runIdle();
    expect(work).not.toHaveBeenCalled();
  });
});
