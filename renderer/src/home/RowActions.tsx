/**
 * What can be done to one membership from the home table: start its next year (once its window
 * has opened), archive or restore it, delete it. Finished years are read-only and only say so.
 */
import type { StatusRow } from '../../../shared/status/status-row';
import { rowName } from './use-membership-actions';

export type RowAction = 'next-year' | 'archive' | 'restore' | 'delete';

interface RowActionsProps {
  readonly row: StatusRow;
  readonly tabIndex: number;
  readonly onAction: (action: RowAction, row: StatusRow) => void;
}

export function RowActions({ row, tabIndex, onAction }: RowActionsProps) {
  const name = rowName(row);
  const button = (action: RowAction, text: string, label: string, danger = false) => (
    <button
      type="button"
      className={`button button--small${danger ? ' button--danger' : ''}`}
      tabIndex={tabIndex}
      aria-label={label}
      onClick={() => onAction(action, row)}
    >
      {text}
    </button>
  );
  if (row.rolledForwardTo !== null) return <span className="empty">Finished year</span>;
  return (
    <>
      {!row.archived && row.window.status !== 'not-open'
        ? button('next-year', 'Next year', `Start next year for ${name}`)
        : null}
      {row.archived
        ? button('restore', 'Restore', `Restore ${name}`)
        : button('archive', 'Archive', `Archive ${name}`)}
      {button('delete', 'Delete', `Delete ${name}`, true)}
    </>
  );
}
