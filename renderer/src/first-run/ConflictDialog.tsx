/**
 * Asks what to do when an imported file holds memberships whose ids are already in the
 * workspace: replace them, import them as new memberships, or cancel. A modal dialog: focus
 * moves in, stays in (Tab wraps), Escape cancels, and focus returns where it was.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { ConflictPolicy } from '../../../shared/ipc/contract';
import './conflict-dialog.css';

interface ConflictDialogProps {
  readonly ids: readonly string[];
  readonly onChoose: (policy: Exclude<ConflictPolicy, 'refuse'> | null) => void;
}

export function ConflictDialog({ ids, onChoose }: ConflictDialogProps) {
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLButtonElement>('button')?.focus();
    return () => before?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onChoose(null);
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [...(dialog.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
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

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="modal"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>Memberships already in the workspace</h2>
        <p id={textId}>
          The file holds {ids.length === 1 ? 'a membership' : `${ids.length} memberships`} with{' '}
          {ids.length === 1 ? 'an id' : 'ids'} already in this workspace (
          {ids.map((id, i) => (
            <span key={id} className="nowrap">
              {i > 0 ? ', ' : ''}&quot;{id}&quot;
            </span>
          ))}
          ). Nothing has been imported yet. A backup is taken before anything is replaced.
        </p>
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={() => onChoose('replace')}>
            Replace them
          </button>
          <button type="button" className="button" onClick={() => onChoose('new')}>
            Import as new memberships
          </button>
          <button type="button" className="button" onClick={() => onChoose(null)}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
