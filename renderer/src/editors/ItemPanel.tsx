/**
 * The panel an item is added or edited in, inline above its list: focus moves to its first
 * field when it opens, and Escape closes it (the list returns focus to what opened it).
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './item-panel.css';

interface ItemPanelProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function ItemPanel({ title, onClose, children }: ItemPanelProps) {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return (
    <section
      ref={ref}
      className="item-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h4 id={headingId}>{title}</h4>
      {children}
    </section>
  );
}
