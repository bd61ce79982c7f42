/** Whether the last change is in the database: announced politely to screen readers. */
import { useWorkspace } from '../store/workspace-store';

export function SaveStatus() {
  const save = useWorkspace((s) => s.save);
  const text =
    save.state === 'saving'
      ? 'Saving…'
      : save.state === 'saved'
        ? `Saved at ${save.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`
        : save.state === 'failed'
          ? save.message
          : 'All changes saved';
  return (
    <p
      className={`save-status save-status--${save.state}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {text}
    </p>
  );
}
