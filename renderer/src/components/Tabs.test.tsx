import { describe, expect, it, afterEach } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { Tabs } from './Tabs';

const TABS = [
  { key: 'a', label: 'First' },
  { key: 'b', label: 'Second' },
  { key: 'c', label: 'Third' },
] as const;

function Harness() {
  const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
  return (
    <Tabs label="Steps" tabs={TABS} selected={selected} onSelect={setSelected}>
      <p>Panel {selected}</p>
    </Tabs>
  );
}

afterEach(cleanup);

describe('Tabs', () => {
  it('exposes the tabs pattern to assistive technology', () => {
    render(<Harness />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-a');
  });

  it('moves with arrow keys, wrapping, and with Home and End', () => {
    render(<Harness />);
    const list = screen.getByRole('tablist');
    fireEvent.keyDown(list, { key: 'ArrowLeft' });
    expect(screen.getByText('Panel c')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Third');
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(screen.getByText('Panel a')).toBeTruthy();
    fireEvent.keyDown(list, { key: 'End' });
    expect(screen.getByText('Panel c')).toBeTruthy();
    fireEvent.keyDown(list, { key: 'Home' });
    expect(screen.getByText('Panel a')).toBeTruthy();
  });
});
