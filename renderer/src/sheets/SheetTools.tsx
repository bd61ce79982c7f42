/**
 * A list editor's spreadsheet actions: import from a file, paste cells, export as CSV or XLSX,
 * and after an import a status line with "Undo import", which puts the list back as it was.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SHEET_LIST_LABELS, SHEET_LIST_TARGET } from '../../../shared/sheets/columns';
import type { SheetList } from '../../../shared/sheets/types';
import { competencyAssignments } from '../../../shared/sheets/competency-undo';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { downloadBase64 } from '../export/download';
import { useWorkspace } from '../store/workspace-store';
import { SheetImportDialog, type Imported } from './SheetImportDialog';
import { useSheetUndo } from './sheet-undo-store';
import { fileSource, looksLikeCells, type SheetSource } from './sheet-source';
import { formatNumber } from '../../../shared/text/format-number';
import './sheets.css';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SheetTools({
  list,
  pasteTarget,
}: {
  readonly list: SheetList;
  readonly pasteTarget: HTMLElement | null;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const saved = useWorkspace((s) => s.saved);
  const membershipId = useWorkspace((s) => s.current?.id);
  const [source, setSource] = useState<SheetSource | 'paste' | null>(null);
  const last = useSheetUndo((s) => s.last);
  const sheetImported = useSheetUndo((s) => s.sheetImported);
  const sheetMessageShown = useSheetUndo((s) => s.sheetMessageShown);
  const label = SHEET_LIST_LABELS[list];
  const done = last && last.membershipId === membershipId && last.list === list ? last : null;
  const say = (message: string) => {
    if (membershipId) sheetMessageShown(membershipId, list, message);
  };

  // Cells pasted anywhere in the editor (outside a text field) open the import with them.
  useEffect(() => {
    if (!pasteTarget) return undefined;
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!looksLikeCells(text)) return;
      event.preventDefault();
      setSource({ pasted: text });
    };
    pasteTarget.addEventListener('paste', onPaste);
    return () => pasteTarget.removeEventListener('paste', onPaste);
  }, [pasteTarget]);

  async function chosen(file: File | undefined) {
    if (!file) return;
    try {
      setSource(await fileSource(file));
    } catch (error) {
      say(messageOf(error));
    }
  }

  async function undo() {
    if (!done?.before) return;
    try {
      await saved('sheet:undo', {
        membershipId: done.membershipId,
        list,
        items: [...done.before],
        ...(list === 'competencies' ? { assignments: done.assignments } : {}),
      } as ChannelInput<'sheet:undo'>);
      say(`Import undone: the ${label} are as they were.`);
    } catch (error) {
      say(`Could not undo the import: ${messageOf(error)}`);
    }
  }

  function imported(result: Imported) {
    const { counts, before, assignments } = result;
    if (!membershipId) return;
    sheetImported({
      membershipId,
      list,
      before,
      assignments,
      message: `Imported ${label}: ${formatNumber(counts.added)} added, ${formatNumber(counts.updated)} updated, ${formatNumber(counts.unchanged)} unchanged${counts.removed ? `, ${formatNumber(counts.removed)} removed` : ''}.`,
    });
  }

  async function exportAs(format: 'csv' | 'xlsx') {
    if (!membershipId) return;
    try {
      const file = await call('sheet:export', { membershipId, list, format });
      downloadBase64(file.fileName, file.mimeType, file.base64);
    } catch (error) {
      say(`Could not export the ${label}: ${messageOf(error)}`);
    }
  }

  const current = useWorkspace((s) => s.current);
  const before = current ? (current[SHEET_LIST_TARGET[list]] as readonly { readonly id: string }[]) : [];
  const assignments = useMemo(
    () => (list === 'competencies' && current ? competencyAssignments(current) : null),
    [list, current],
  );

  return (
    <div className="sheet-tools">
      <div className="sheet-tools__actions" role="group" aria-label={`Spreadsheet: ${label}`}>
        <button type="button" className="button button--small" onClick={() => fileInput.current?.click()}>
          Import from spreadsheet…
        </button>
        <button type="button" className="button button--small" onClick={() => setSource('paste')}>
          Paste cells…
        </button>
        <button type="button" className="button button--small" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" className="button button--small" onClick={() => void exportAs('xlsx')}>
          Export XLSX
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.xlsx,.tsv,.txt"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={`Spreadsheet file of ${label}`}
          onChange={(event) => {
            void chosen(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      <div id={statusId} className="sheet-tools__status" role="status">
        {done ? (
          <p>
            {done.message}{' '}
            {done.before ? (
              <button type="button" className="button button--small" onClick={() => void undo()}>
                Undo import
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {source !== null && membershipId ? (
        <SheetImportDialog
          list={list}
          membershipId={membershipId}
          initial={source === 'paste' ? null : source}
          before={before}
          assignments={assignments}
          onClose={() => setSource(null)}
          onImported={(result) => {
            setSource(null);
            imported(result);
          }}
        />
      ) : null}
    </div>
  );
}
