/**
 * The one restore flow, in browser mode and in the desktop app (whose File menu opens it): the
 * good backups with their date, reason, size and memberships; choosing one asks for confirmation
 * (Cancel is the default), and restoring takes a backup of the workspace as it is first.
 */
import { useEffect, useId, useState } from 'react';
import type { BackupSummary } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { LongWorkProgress } from '../progress/LongWorkBar';
import { callLong } from '../progress/run-long';
import { Modal } from '../components/Modal';
import './conflict-dialog.css';

interface RestoreDialogProps {
  /** Called with the number of memberships restored, or null when nothing was done. */
  readonly onDone: (restored: number | null) => void;
}

const REASONS: Readonly<Record<string, string>> = {
  daily: 'daily backup',
  'before-import': 'before an import',
  'before-restore': 'before a restore',
};

/** "2 Dec 2026, 02:10 — before an import — 4 memberships, 120 KB" */
export function describeBackup(backup: BackupSummary): string {
  const reason =
    REASONS[backup.reason] ??
    (backup.reason.startsWith('before-migration') ? 'before an update' : backup.reason);
  const count = `${backup.memberships} membership${backup.memberships === 1 ? '' : 's'}`;
  const when = new Date(backup.takenAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return `${when} — ${reason} — ${count}, ${Math.max(1, Math.round(backup.bytes / 1024))} KB`;
}

export function RestoreDialog({ onDone }: RestoreDialogProps) {
  const titleId = useId();
  const [backups, setBackups] = useState<readonly BackupSummary[] | null>(null);
  const [chosen, setChosen] = useState<BackupSummary | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('backup:list', {}).then(
      (list) => {
        setBackups(list);
        setChosen(list[0] ?? null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  async function restore(backup: BackupSummary) {
    setBusy(true);
    try {
      const restored = await callLong(
        'backup:restore',
        { name: backup.name },
        { title: 'Restoring from the backup', cancellable: true, inDialog: true },
      );
      onDone(restored.memberships);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setConfirming(false);
      setBusy(false);
    }
  }

  return (
    <Modal onEscape={() => onDone(null)} titleId={titleId}>
      <h2 id={titleId}>Restore from a backup</h2>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {backups === null && !error ? <p>Reading the backups…</p> : null}
      <LongWorkProgress inDialog />
      {backups?.length === 0 ? (
        <p>There is no backup yet. Backups are taken daily and before every import.</p>
      ) : null}
      {backups && backups.length > 0 && !confirming ? (
        <fieldset className="restore-dialog__list">
          <legend>Good backups, newest first</legend>
          {backups.map((backup) => (
            <label key={backup.name} className="restore-dialog__choice">
              <input
                type="radio"
                name="backup"
                checked={chosen?.name === backup.name}
                onChange={() => setChosen(backup)}
              />{' '}
              {describeBackup(backup)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {confirming && chosen ? (
        <p data-testid="restore-confirm">
          Replace every membership in the workspace with the {chosen.memberships} of the backup from{' '}
          {describeBackup(chosen).split(' — ')[0]}? A backup of the workspace as it is now is taken first, so
          you can restore it again.
        </p>
      ) : null}
      <div className="form__actions">
        <button data-autofocus type="button" className="button button--primary" onClick={() => onDone(null)}>
          Cancel
        </button>
        {confirming && chosen ? (
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => void restore(chosen)}
          >
            Restore this backup
          </button>
        ) : (
          <button type="button" className="button" disabled={!chosen} onClick={() => setConfirming(true)}>
            Restore…
          </button>
        )}
      </div>
    </Modal>
  );
}
