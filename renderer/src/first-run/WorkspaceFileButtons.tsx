/**
 * The header's "Import…" and "Export…" buttons. Import reads a chosen interchange file and
 * imports it all or nothing, asking first when its memberships are already in the workspace; export
 * downloads the whole workspace as one JSON file.
 */
import { useEffect, useRef, useState } from 'react';
import type { ConflictPolicy } from '../../../shared/ipc/contract';
import { useWorkspace } from '../store/workspace-store';
import { useNavigation } from '../store/navigation-store';
import { ApiError } from '../api/client';
import { ConflictDialog } from './ConflictDialog';
import { RestoreDialog } from './RestoreDialog';
import {
  describeImport,
  downloadExport,
  firstImportedId,
  importText,
  type ImportConflictQuestion,
} from './workspace-files';
import './file-buttons.css';

/** A file chosen to import: its name for messages, its bytes as read. */
interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

type Notice =
  | { readonly kind: 'info'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string; readonly problems: readonly string[] };

export function WorkspaceFileButtons() {
  const input = useRef<HTMLInputElement>(null);
  const workspaceReloaded = useWorkspace((s) => s.workspaceReloaded);
  const contentReplaced = useNavigation((s) => s.contentReplaced);
  const hasMemberships = useWorkspace((s) => s.summaries.length > 0);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<{ file: ChosenFile; question: ImportConflictQuestion } | null>(null);
  const [restoring, setRestoring] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);

  // The desktop File menu runs these same flows (window.menuCommands is absent in browser mode).
  useEffect(
    () =>
      window.menuCommands?.subscribe((command) => {
        if (command === 'import') input.current?.click();
        else if (command === 'export') exportButton.current?.click();
        else setRestoring(true);
      }),
    [],
  );

  async function onRestored(memberships: number | null) {
    setRestoring(false);
    if (memberships === null) return;
    await workspaceReloaded();
    contentReplaced();
    setNotice({
      kind: 'info',
      text: `Restored ${memberships} membership${memberships === 1 ? '' : 's'} from the backup.`,
    });
  }

  async function runImport(file: ChosenFile, policy: ConflictPolicy) {
    setBusy(true);
    // The progress bar under the header says what is being done meanwhile.
    setNotice(null);
    try {
      const outcome = await importText(file.bytes, policy, (summary) =>
        workspaceReloaded(firstImportedId(summary)),
      );
      if (outcome.kind === 'conflict') {
        setNotice(null);
        setPending({ file, question: outcome.conflict });
      } else if (outcome.kind === 'cancelled') {
        setNotice({ kind: 'info', text: outcome.message });
      } else if (outcome.kind === 'failed') {
        setNotice({ kind: 'error', text: `${file.name}: ${outcome.message}`, problems: outcome.problems });
      } else {
        contentReplaced();
        setNotice({ kind: 'info', text: describeImport(outcome.summary) });
      }
    } finally {
      setBusy(false);
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (input.current) input.current.value = '';
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      setNotice({ kind: 'error', text: `${file.name} could not be read: ${String(error)}.`, problems: [] });
      return;
    }
    // Sent as the bytes read: never one 38 MB string in the window. They are decoded strictly
    // on the way (invalid bytes are refused by offset, never replaced by U+FFFD), a slice per
    // task in browser mode, and by the database process in the desktop app.
    await runImport({ name: file.name, bytes: new Uint8Array(bytes) }, 'refuse');
  }

  async function onExport() {
    setBusy(true);
    try {
      setNotice({ kind: 'info', text: `Exported ${await downloadExport()}.` });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'cancelled') {
        setNotice({ kind: 'info', text: error.message });
        return;
      }
      setNotice({
        kind: 'error',
        text: error instanceof Error ? error.message : String(error),
        problems: [],
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="file-buttons">
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file"
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
      <button type="button" className="button" disabled={busy} onClick={() => input.current?.click()}>
        Import…
      </button>
      <button
        ref={exportButton}
        type="button"
        className="button"
        disabled={busy || !hasMemberships}
        onClick={() => void onExport()}
      >
        Export…
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => setRestoring(true)}>
        Restore…
      </button>
      <p className="file-buttons__notice" role="status" data-testid="file-status">
        {notice?.kind === 'info' ? notice.text : null}
      </p>
      {notice?.kind === 'error' ? (
        <div className="file-buttons__error" role="alert" data-testid="file-error">
          <p className="field__error">{notice.text}</p>
          {notice.problems.length > 0 ? (
            <ul className="file-buttons__problems">
              {notice.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="button button--small" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {restoring ? <RestoreDialog onDone={(n) => void onRestored(n)} /> : null}
      {pending ? (
        <ConflictDialog
          question={pending.question}
          onChoose={(policy) => {
            const { file } = pending;
            setPending(null);
            if (policy) void runImport(file, policy);
          }}
        />
      ) : null}
    </div>
  );
}
