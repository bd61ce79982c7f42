/**
 * Which rows of a scrolling table are in the page: the rows in view and a few either side, all
 * of one fixed height. Written here rather than taken from a virtualizer library because fixed
 * rows make it a few lines of arithmetic, and the library we used (@tanstack/react-virtual) cost
 * the home's start-up 32 KB of script to parse, options to keep it from forcing layouts, and a
 * second render of the table once the scrolling element was measured.
 *
 * Rendering never forces a layout: the scroll offset comes from scroll events, and the
 * element's height from a ResizeObserver, whose callbacks run after the browser's own layout.
 * Only a scroll to a row (a key press in the home's table) reads sizes itself.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';

export const ROW_HEIGHT = 58;
/** Rows kept in the page above and below the view, so a quick scroll shows no blank rows. */
export const OVERSCAN = 8;

export interface RowRange {
  /** The first row in the page. */
  readonly start: number;
  /** One past the last row in the page. */
  readonly end: number;
}

/** The rows in the page for a view `height` px tall scrolled `top` px down a list of `count`. */
export function rowRange(top: number, height: number, count: number): RowRange {
  const first = Math.floor(Math.max(top, 0) / ROW_HEIGHT);
  const last = Math.ceil((Math.max(top, 0) + Math.max(height, 0)) / ROW_HEIGHT);
  const start = Math.min(Math.max(first - OVERSCAN, 0), count);
  return { start, end: Math.min(Math.max(last + OVERSCAN, start), count) };
}

/**
 * The scroll offset that brings row `index` into view (moving as little as possible), or null
 * when it already is. `headerHeight`: the sticky head over the top of the rows.
 */
export function offsetToShow(
  index: number,
  view: { readonly top: number; readonly height: number; readonly headerHeight: number },
): number | null {
  const rowTop = index * ROW_HEIGHT;
  if (rowTop < view.top) return rowTop;
  const below = view.headerHeight + rowTop + ROW_HEIGHT - (view.top + view.height);
  return below > 0 ? view.top + below : null;
}

interface View {
  readonly top: number;
  readonly height: number;
}

const sameRows = (a: View, b: View) =>
  Math.floor(a.top / ROW_HEIGHT) === Math.floor(b.top / ROW_HEIGHT) &&
  Math.ceil((a.top + a.height) / ROW_HEIGHT) === Math.ceil((b.top + b.height) / ROW_HEIGHT);

/**
 * The rows in view of a scrolling element, the heights of the spacers above and below, and a
 * scroll to a row. The element is watched from the first render on: it must live as long as the
 * component (the tables render it unconditionally).
 */
export function useVirtualRows(count: number, scrollRef: RefObject<HTMLElement | null>) {
  // Until the element is measured, the window's height stands for it: the first render holds
  // every row that can be in view.
  const [view, setView] = useState<View>(() => ({
    top: 0,
    height: typeof window === 'undefined' ? 0 : window.innerHeight,
  }));

  useEffect(() => {
    const element = scrollRef.current;
    if (element === null) return undefined;
    // Same rows, same state: no render for a scroll within a row or a resize that shows no more.
    const update = (change: (v: View) => View) =>
      setView((v) => {
        const next = change(v);
        return sameRows(v, next) ? v : next;
      });
    const onScroll = () => update((v) => ({ ...v, top: element.scrollTop }));
    element.addEventListener('scroll', onScroll, { passive: true });
    // Only a taller view is taken: the element is never taller than the window that stood for
    // it, and dropping the rows below it would cost a second render and layout at start.
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            const height = element.clientHeight;
            update((v) => (height > v.height ? { ...v, height } : v));
          });
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollRef]);

  const { start, end } = rowRange(view.top, view.height, count);
  const indexes = Array.from({ length: end - start }, (_, i) => start + i);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (element === null) return;
      const offset = offsetToShow(index, {
        top: element.scrollTop,
        height: element.clientHeight,
        headerHeight: element.querySelector('thead')?.getBoundingClientRect().height ?? 0,
      });
      // The scroll event that follows brings the row into the page.
      if (offset !== null) element.scrollTop = offset;
    },
    [scrollRef],
  );

  return { indexes, top: start * ROW_HEIGHT, bottom: (count - end) * ROW_HEIGHT, scrollToIndex };
}
