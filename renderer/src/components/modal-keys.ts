/** The keys every modal dialog handles: Escape cancels, and Tab wraps around its buttons. */
import type { KeyboardEvent } from 'react';

export function modalKeyDown(
  event: KeyboardEvent<HTMLElement>,
  dialog: HTMLElement | null,
  onEscape: () => void,
): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    onEscape();
    return;
  }
  if (event.key !== 'Tab') return;
  const buttons = [...(dialog?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const first = buttons[0];
  const last = buttons[buttons.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
