/**
 * A modal confirmation before something destructive: focus moves in (to Cancel, the safe
 * choice), stays in (Tab wraps), Escape cancels, and focus returns where it was.
 */
import { modalKeyDown } from '../components/modal-keys';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface ConfirmDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** A destructive action's button is red; false for one that only adds. */
  readonly danger?: boolean;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  danger = true,
}: ConfirmDialogProps) {
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    cancel.current?.focus();
    return () => before?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    modalKeyDown(event, dialog.current, () => onCancel());
  }

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="modal"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        <div id={textId}>{children}</div>
        <div className="form__actions">
          <button
            type="button"
            className={`button button--primary${danger ? ' button--danger-fill' : ''}`}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
