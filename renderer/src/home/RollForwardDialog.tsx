/** "Start next year": the new expiry, one year after the old one unless changed, then confirm. */
import { useId, useState } from 'react';
import { isIsoDate } from '../../../shared/dates';
import { defaultNextExpiry } from '../../../shared/status/roll-forward';
import type { StatusRow } from '../../../shared/status/status-row';
import { ConfirmDialog } from './ConfirmDialog';
import { rowName } from './use-membership-actions';
import { formatDate } from '../format';

interface RollForwardDialogProps {
  readonly row: StatusRow;
  readonly onConfirm: (expiresOn: string) => void;
  readonly onCancel: () => void;
}

export function RollForwardDialog({ row, onConfirm, onCancel }: RollForwardDialogProps) {
  const id = useId();
  const [expiresOn, setExpiresOn] = useState(defaultNextExpiry(row.window.expiresOn));
  const problem = !isIsoDate(expiresOn)
    ? 'New expiry date: expected a date YYYY-MM-DD.'
    : expiresOn <= row.window.expiresOn
      ? `New expiry date: must come after ${formatDate(row.window.expiresOn)}.`
      : null;
  return (
    <ConfirmDialog
      title={`Start the next year of ${rowName(row)}?`}
      confirmLabel="Start next year"
      danger={false}
      onCancel={onCancel}
      onConfirm={() => {
        if (problem === null) onConfirm(expiresOn);
      }}
    >
      <p>
        A new enrollment starts the day after {formatDate(row.window.expiresOn)}. The organization,
        competencies, MCPs, references, surveys and points are kept; the steps start again. This year stays
        archived, read-only, for reference.
      </p>
      <div className="roll-forward__field">
        <label htmlFor={id}>New expiry date</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          value={expiresOn}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(e) => setExpiresOn(e.target.value)}
        />
        {problem ? (
          <span id={`${id}-error`} className="field__error">
            {problem}
          </span>
        ) : null}
      </div>
    </ConfirmDialog>
  );
}
