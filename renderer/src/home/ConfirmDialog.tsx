/**
 * A modal confirmation before something destructive, on the shared Modal: focus moves in (to
 * Cancel, the safe choice), stays in (Tab wraps), Escape cancels, and focus returns where it was.
 */
import { useId, type ReactNode } from 'react';
import { Modal } from '../components/Modal';

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
  return (
    <Modal titleId={titleId} describedBy={textId} role="alertdialog" onEscape={onCancel}>
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
        <button type="button" className="button" data-autofocus onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
