/**
 * Asks what to do when an imported file holds memberships the workspace already has (the same
 * partner ID, or the same organization and location): it names each on both sides and says what
 * each choice does to it. Cancel is the default and has focus; replacing is never the default.
 * A modal dialog: focus moves in, stays in (Tab wraps), Escape cancels, and focus returns.
 */
import { useId } from 'react';
import { Modal } from '../components/Modal';
import type { ConflictPolicy, ImportConflict } from '../../../shared/ipc/contract';
import { membershipLabel } from '../../../shared/interchange/same-membership';
import type { ImportConflictQuestion } from './workspace-files';
import './conflict-dialog.css';

interface ConflictDialogProps {
  readonly question: ImportConflictQuestion;
  readonly onChoose: (policy: Exclude<ConflictPolicy, 'refuse'> | null) => void;
}

function why(conflict: ImportConflict): string {
  return conflict.matchedBy === 'partnerId'
    ? `same partner ID, ${conflict.workspace.partnerId ?? ''}`
    : 'same organization and location';
}

export function ConflictDialog({ question, onChoose }: ConflictDialogProps) {
  const titleId = useId();
  const textId = useId();
  const { conflicts, fileMemberships } = question;
  const others = fileMemberships - conflicts.length;
  const one = conflicts.length === 1;
  return (
    <Modal onEscape={() => onChoose(null)} titleId={titleId} describedBy={textId} className="conflict-dialog">
      <h2 id={titleId}>Memberships already in the workspace</h2>
      <p id={textId}>
        {one ? 'One membership' : `${conflicts.length} memberships`} in the file {one ? 'is' : 'are'} already
        in this workspace. Nothing has been imported yet.
      </p>
      <ul className="conflict-dialog__list" data-testid="conflict-list">
        {conflicts.map((conflict) => (
          <li key={conflict.index}>
            <span className="conflict-dialog__side">
              In the workspace: <strong>{membershipLabel(conflict.workspace)}</strong>
            </span>
            <span className="conflict-dialog__side">
              In the file: <strong>{membershipLabel(conflict.file)}</strong> ({why(conflict)})
            </span>
          </li>
        ))}
      </ul>
      <dl className="conflict-dialog__choices">
        <dt>Import as new memberships</dt>
        <dd>
          The file’s {one ? 'membership is' : 'memberships are'} added beside the workspace’s; nothing is
          changed.
        </dd>
        <dt>Replace {one ? 'it' : 'them'}</dt>
        <dd>
          The workspace’s {one ? 'membership is' : 'memberships are'} replaced by the file’s, after a backup.
        </dd>
      </dl>
      {others > 0 ? (
        <p>
          {others === 1 ? 'The other membership' : `The other ${others} memberships`} in the file{' '}
          {others === 1 ? 'is' : 'are'} added as new either way.
        </p>
      ) : null}
      <div className="form__actions">
        <button
          data-autofocus
          type="button"
          className="button button--primary"
          onClick={() => onChoose(null)}
        >
          Cancel
        </button>
        <button type="button" className="button" onClick={() => onChoose('new')}>
          Import as new memberships
        </button>
        <button type="button" className="button button--danger" onClick={() => onChoose('replace')}>
          Replace {one ? 'it' : 'them'}
        </button>
      </div>
    </Modal>
  );
}
