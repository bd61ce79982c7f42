import { describe, expect, it, vi } from 'vitest';
import type { Virtualizer } from '@tanstack/react-virtual';
import { observeRectAfterLayout, scrollUnlessAlreadyThere } from './no-forced-layout';

type Instance = Virtualizer<HTMLElement, Element>;

/** An element whose scrolls and size reads are counted, in a stand-in for the virtualizer. */
function scrollingElement() {
  const element = document.createElement('div');
  const scrollTo = vi.fn();
  element.scrollTo = scrollTo as unknown as typeof element.scrollTo;
  const reads = vi.fn(() => 300);
  Object.defineProperty(element, 'clientHeight', { get: reads });
  Object.defineProperty(element, 'clientWidth', { get: reads });
  const instance = { scrollElement: element, targetWindow: window, options: {} } as unknown as Instance;
  return { instance, scrollTo, reads };
}

describe('virtualizer options that force no layout', () => {
  it('skips only the first scroll of an element to the top', () => {
    const { instance, scrollTo } = scrollingElement();
    scrollUnlessAlreadyThere(0, {}, instance);
    expect(scrollTo).not.toHaveBeenCalled();
    scrollUnlessAlreadyThere(0, {}, instance);
    scrollUnlessAlreadyThere(120, { adjustments: 8 }, instance);
    expect(scrollTo.mock.calls.map(([options]) => (options as { top: number }).top)).toEqual([0, 128]);
  });

  it('goes through when the first scroll of an element is elsewhere', () => {
    const { instance, scrollTo } = scrollingElement();
    scrollUnlessAlreadyThere(240, {}, instance);
    expect(scrollTo).toHaveBeenCalledTimes(1);
  });

  it('reads the size only when the ResizeObserver reports it, never at once', () => {
    const observed: (() => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          observed.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    const { instance, reads } = scrollingElement();
    const rects: unknown[] = [];
    const stop = observeRectAfterLayout(instance, (rect) => rects.push(rect));
    expect(reads).not.toHaveBeenCalled();
    observed[0]?.();
    expect(rects).toEqual([{ width: 300, height: 300 }]);
    stop?.();
    vi.unstubAllGlobals();
  });
});
