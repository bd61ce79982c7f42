/**
 * Virtualizer options that never make the browser lay out the page during React's commit. The
 * library's defaults do twice when a table mounts: it reads the scrolling element's
 * `clientWidth` and `clientHeight` at once, and it scrolls the new element to where it already is
 * (the top). Either forces a layout of the whole page before the browser would have done it: 19
 * and 29 ms of the home's start-up, in profiles of the sample workspace.
 */
import {
  elementScroll,
  observeElementRect,
  type Rect,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';

type Options = VirtualizerOptions<HTMLElement, Element>;

/**
 * The element's size from a ResizeObserver alone: its first callback comes after the browser's
 * own layout and before the frame is painted, so the first frame still fits the element; until
 * then `initialRect` stands for it (VirtualTable.tsx).
 */
export const observeRectAfterLayout: Options['observeElementRect'] = (instance, onRect) => {
  const element = instance.scrollElement;
  if (element === null || typeof ResizeObserver === 'undefined') return observeElementRect(instance, onRect);
  const observer = new ResizeObserver(() => {
    const rect: Rect = { width: Math.round(element.clientWidth), height: Math.round(element.clientHeight) };
    onRect(rect);
  });
  observer.observe(element, { box: 'content-box' });
  return () => observer.disconnect();
};

/** Elements the virtualizer has scrolled, or found not at the top. */
const placed = new WeakSet<Element>();

/**
 * `elementScroll`, except the first scroll of an element to the top: on mount the virtualizer
 * restores its offset, and a new element is already at the top (no scroll event follows either
 * way). Any later scroll, or a first one elsewhere, goes through.
 */
export const scrollUnlessAlreadyThere: Options['scrollToFn'] = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (element !== null && !placed.has(element)) {
    placed.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};
