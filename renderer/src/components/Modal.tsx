/**
 * A modal dialog over a dimmed page, labelled by its heading. Focus moves in on open (to the
 * element marked `data-autofocus`: the safe choice), stays in (Tab wraps), Escape answers
 * `onEscape`, and focus returns where it was on close.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { modalKeyDown } from './modal-keys';

interface ModalProps {
  readonly titleId: string;
  readonly describedBy?: string;
  readonly className?: string;
  /** `alertdialog` for a confirmation before something destructive. */
  readonly role?: 'dialog' | 'alertdialog';
  readonly onEscape: () => void;
  readonly children: ReactNode;
}

export function Modal({ titleId, describedBy, className, role = 'dialog', onEscape, children }: ModalProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const initial =
      dialog.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.current?.querySelector<HTMLElement>('button');
    initial?.focus();
    return () => before?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    modalKeyDown(event, dialog.current, onEscape);
  }

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        className={className ? `modal ${className}` : 'modal'}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}
