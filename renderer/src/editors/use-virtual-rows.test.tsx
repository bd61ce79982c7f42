import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { OVERSCAN, ROW_HEIGHT, offsetToShow, rowRange, useVirtualRows } from './use-virtual-rows';

afterEach(cleanup);

describe('rowRange', () => {
  it('holds the rows in view and the overscan either side, within the list', () => {
    expect(rowRange(0, 10 * ROW_HEIGHT, 1000)).toEqual({ start: 0, end: 10 + OVERSCAN });
    expect(rowRange(100 * ROW_HEIGHT + 5, 10 * ROW_HEIGHT, 1000)).toEqual({
      start: 100 - OVERSCAN,
      end: 111 + OVERSCAN,
    });
    expect(rowRange(995 * ROW_HEIGHT, 10 * ROW_HEIGHT, 1000)).toEqual({ start: 995 - OVERSCAN, end: 1000 });
  });

  it('is empty for an empty list, and never inverted when the list shrank under the offset', () => {
    expect(rowRange(0, 500, 0)).toEqual({ start: 0, end: 0 });
    expect(rowRange(5000 * ROW_HEIGHT, 500, 20)).toEqual({ start: 20, end: 20 });
    expect(rowRange(-40, -1, 3)).toEqual({ start: 0, end: 3 });
  });
});

describe('offsetToShow', () => {
  const view = { top: 10 * ROW_HEIGHT, height: 5 * ROW_HEIGHT, headerHeight: 40 };

  it('is null for a row wholly in view below the sticky head', () => {
    expect(offsetToShow(10, view)).toBeNull();
    // Row 13 ends 40 px (the head) above the view's bottom edge.
    expect(offsetToShow(13, view)).toBeNull();
  });

  it('scrolls up to a row above, and down just enough for a row below', () => {
    expect(offsetToShow(9, view)).toBe(9 * ROW_HEIGHT);
    expect(offsetToShow(0, view)).toBe(0);
    // Row 14's bottom is at 40 + 15 rows; the view's bottom at 15 rows.
    expect(offsetToShow(14, view)).toBe(view.top + 40);
    expect(offsetToShow(30, view)).toBe(40 + 31 * ROW_HEIGHT - view.height);
  });
});

function Rows({ count }: { readonly count: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const { indexes, top, bottom, scrollToIndex } = useVirtualRows(count, ref);
  return (
    <div ref={ref} data-testid="scroller">
      <p data-testid="spacers">
        {top} {bottom}
      </p>
      <ul>
        {indexes.map((i) => (
          <li key={i}>row {i}</li>
        ))}
      </ul>
      <button type="button" onClick={() => scrollToIndex(500)}>
        show 500
      </button>
    </div>
  );
}

describe('useVirtualRows', () => {
  it('renders the rows the window can show at first, then follows the scroll', () => {
    render(<Rows count={1000} />);
    const inView = Math.ceil(window.innerHeight / ROW_HEIGHT) + OVERSCAN;
    expect(screen.getAllByRole('listitem')).toHaveLength(inView);
    expect(screen.getByTestId('spacers').textContent).toBe(`0 ${(1000 - inView) * ROW_HEIGHT}`);

    const scroller = screen.getByTestId('scroller');
    scroller.scrollTop = 300 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    expect(screen.queryByText('row 0')).toBeNull();
    expect(screen.getByText('row 300')).toBeTruthy();
    expect(screen.getAllByRole('listitem')[0]?.textContent).toBe(`row ${300 - OVERSCAN}`);
    expect(screen.getByTestId('spacers').textContent?.startsWith(`${(300 - OVERSCAN) * ROW_HEIGHT} `)).toBe(
      true,
    );
  });

  it('scrolls a row far below into the page', () => {
    render(<Rows count={1000} />);
    act(() => screen.getByRole('button', { name: 'show 500' }).click());
    // jsdom fires no scroll event for a scrollTop set by code: the browser does.
    fireEvent.scroll(screen.getByTestId('scroller'));
    expect(screen.getByText('row 500')).toBeTruthy();
  });

  it('holds every row of a short list and no spacer', () => {
    render(<Rows count={3} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['row 0', 'row 1', 'row 2']);
    expect(screen.getByTestId('spacers').textContent).toBe('0 0');
  });
});
