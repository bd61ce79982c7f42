/**
 * Leaving a membership (the picker, the home screen, New membership) or the window while a
 * field holds an invalid edit asks first: the edit is not saved and would be lost. The browser
 * asks through `beforeunload`; the dialog is the shared confirmation, Cancel first.
 */
import { useEffect } from 'react';
import { ConfirmDialog } from '../home/ConfirmDialog';
import { firstUnsaved, useUnsaved } from '../store/unsaved-store';

export function LeaveGuard() {
  const leaving = useUnsaved((s) => s.leaving);
  const unsaved = useUnsaved((s) => firstUnsaved(s.edits));
  const leaveConfirmed = useUnsaved((s) => s.leaveConfirmed);
  const leaveCancelled = useUnsaved((s) => s.leaveCancelled);
  const holdsEdit = unsaved !== null;

  useEffect(() => {
    if (!holdsEdit) return undefined;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [holdsEdit]);

  if (!leaving || !unsaved) return null;
  const count = Object.keys(useUnsaved.getState().edits).length;
  return (
    <ConfirmDialog
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      onConfirm={leaveConfirmed}
      onCancel={leaveCancelled}
    >
      <p>
        {count === 1 ? 'An edit is not saved' : `${count} edits are not saved`}: {unsaved.message} If you
        leave this membership now, {count === 1 ? 'it is' : 'they are'} lost.
      </p>
    </ConfirmDialog>
  );
}
