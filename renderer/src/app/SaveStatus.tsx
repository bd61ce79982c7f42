/**
 * Whether the last change is in the database, announced politely to screen readers. An invalid
 * edit outranks everything else: it is not saved, the status says why and links to the field.
 */
import { useWorkspace } from '../store/workspace-store';
import { useNavigation } from '../store/navigation-store';
import { firstUnsaved, focusUnsaved, useUnsaved, type UnsavedEdit } from '../store/unsaved-store';
import './save-status.css';

/** "The score cannot be above 100 %." → "the score cannot be above 100 %", to follow "Not saved: ". */
function asClause(message: string): string {
  const text = message.replace(/\.$/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function SaveStatus() {
  const save = useWorkspace((s) => s.save);
  const unsaved = useUnsaved((s) => firstUnsaved(s.edits));
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  if (unsaved) {
    const goToField = (edit: UnsavedEdit) => {
      sectionOpened(edit.section, edit.step);
      focusUnsaved(edit);
    };
    return (
      <div className="save-status save-status--invalid" data-testid="save-status">
        <p role="status" aria-live="polite">
          Not saved: {asClause(unsaved.message)}
        </p>
        <button type="button" className="link-button" onClick={() => goToField(unsaved)}>
          Go to the field
        </button>
      </div>
    );
  }
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
