/**
 * Import a spreadsheet (a file or pasted cells) into one list: the columns recognised (each one's
 * mapping changeable), the date order when the sheet holds day/month text, a preview with every
 * problem on its row and column, the effect, and Import — disabled while any problem remains.
 * Nothing is written before Import; the whole import can then be undone from the editor.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SHEET_LIST_LABELS, columnsOf } from '../../../shared/sheets/columns';
import type { SheetCounts, SheetPreview } from '../../../shared/ipc/sheet-channels';
import type { CompetencyAssignments } from '../../../shared/sheets/competency-undo';
import { describeSheetProblem, type DateOrder, type SheetList } from '../../../shared/sheets/types';
import { callLong } from '../progress/run-long';
import { LongWorkProgress } from '../progress/LongWorkBar';
import { useWorkspace } from '../store/workspace-store';
import { SheetMapping } from './SheetMapping';
import { SheetPreviewTable } from './SheetPreviewTable';
import { fileSource, sourceLabel, type SheetSource } from './sheet-source';
import { formatNumber } from '../../../shared/text/format-number';

export interface Imported {
  readonly counts: SheetCounts;
  readonly before: readonly { readonly id: string }[];
  readonly assignments: CompetencyAssignments | null;
}

interface Props {
  readonly list: SheetList;
  readonly membershipId: string;
  /** The chosen file; null opens the paste box. */
  readonly initial: SheetSource | null;
  /** The list as it is now, for "Undo import"; for competencies, what points at them too. */
  readonly before: readonly { readonly id: string }[];
  readonly assignments: CompetencyAssignments | null;
  readonly onClose: () => void;
  readonly onImported: (result: Imported) => void;
}

interface Previewed {
  readonly request: object;
  readonly preview: SheetPreview | null;
  readonly error: string | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SheetImportDialog(props: Props) {
  const { list, membershipId, initial, before, assignments, onClose, onImported } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const pasteId = useId();
  const saved = useWorkspace((s) => s.saved);
  const [source, setSource] = useState<SheetSource | null>(initial);
  const [pasted, setPasted] = useState('');
  const [overrides, setOverrides] = useState<Record<string, string | null>>({});
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [replace, setReplace] = useState(false);
  const [result, setResult] = useState<Previewed | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const label = SHEET_LIST_LABELS[list];

  useEffect(() => {
    dialog.current?.showModal();
    heading.current?.focus();
  }, []);

  const request = useMemo(
    () => (source ? { membershipId, list, source, overrides, dateOrder, replace } : null),
    [membershipId, list, source, overrides, dateOrder, replace],
  );
  useEffect(() => {
    if (!request) return undefined;
    let cancelled = false;
    callLong('sheet:preview', request, { title: 'Reading the sheet', inDialog: true }).then(
      (preview) => {
        if (!cancelled) setResult({ request, preview, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setResult({ request, preview: null, error: messageOf(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [request]);
  const reading = request !== null && result?.request !== request;
  const preview = result?.preview ?? null;
  const error = failure ?? result?.error ?? null;
  const busy = committing
    ? `Importing ${formatNumber(preview?.rowCount ?? 0)} rows…`
    : reading
      ? 'Reading the sheet…'
      : null;

  async function commit() {
    if (!request || !preview?.counts || reading) return;
    setCommitting(true);
    try {
      // Its phases (checking, backing up, writing) show on the progress bar.
      await saved('sheet:commit', request, (channel, input) =>
        callLong(channel, input, { title: 'Importing the rows', inDialog: true }),
      );
      onImported({ counts: preview.counts, before, assignments });
    } catch (error) {
      setFailure(messageOf(error));
      setCommitting(false);
    }
  }

  async function chooseAnother(file: File | undefined) {
    if (!file) return;
    try {
      setFailure(null);
      setSource(await fileSource(file));
    } catch (error) {
      setFailure(messageOf(error));
    }
  }

  const counts = preview?.counts ?? null;
  const problems = preview?.problems ?? [];
  const showOrder = preview?.needsDateOrder === true || dateOrder !== null;
  const required = columnsOf(list)
    .filter((c) => c.required)
    .map((c) => c.header)
    .join(', ');

  return (
    <dialog ref={dialog} className="export-dialog sheet-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        Import {label} from {source ? sourceLabel(source) : 'a spreadsheet'}
      </h2>
      {source === null ? (
        <div className="sheet-dialog__paste">
          <label htmlFor={pasteId}>
            Paste cells copied from a spreadsheet, with the header row first (columns: {required} required).
          </label>
          <textarea
            id={pasteId}
            rows={8}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
          <button
            type="button"
            className="button button--primary"
            disabled={pasted.trim() === ''}
            onClick={() => setSource({ pasted })}
          >
            Preview
          </button>
        </div>
      ) : null}
      <LongWorkProgress inDialog />
      <div className="sheet-dialog__status" role="status" aria-live="polite">
        {busy ??
          (preview ? `${formatNumber(preview.rowCount)} rows read; header in row ${preview.headerRow}.` : '')}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {preview ? (
        <>
          {preview.unknownColumns.length > 0 ? (
            <p className="field__hint">
              Ignored columns: {preview.unknownColumns.map((c) => `“${c}”`).join(', ')}. Choose what they fill
              to use them.
            </p>
          ) : null}
          {showOrder ? (
            <fieldset className="sheet-dialog__order">
              <legend>How are dates like 03/04/2009 written in this sheet?</legend>
              {(['dmy', 'mdy'] as const).map((order) => (
                <label key={order}>
                  <input
                    type="radio"
                    name="date-order"
                    checked={dateOrder === order}
                    onChange={() => setDateOrder(order)}
                  />
                  {order === 'dmy' ? ' Day/month/year (3 April 2009)' : ' Month/day/year (March 4, 2009)'}
                </label>
              ))}
            </fieldset>
          ) : null}
          {/* The problems come first: on a short window they would otherwise be below the preview. */}
          {problems.length > 0 ? (
            <section className="sheet-dialog__problems" tabIndex={0} aria-labelledby={`${titleId}-problems`}>
              <h3 id={`${titleId}-problems`}>
                {problems.length} problem{problems.length === 1 ? '' : 's'} to fix before importing
              </h3>
              <ul>
                {problems.slice(0, 200).map((p, i) => (
                  <li key={i}>{describeSheetProblem(p)}</li>
                ))}
              </ul>
              {problems.length > 200 ? <p>…and {problems.length - 200} more.</p> : null}
            </section>
          ) : null}
          <SheetMapping
            list={list}
            preview={preview}
            onMap={(column, key) => setOverrides((o) => ({ ...o, [String(column)]: key }))}
          />
          <SheetPreviewTable list={list} preview={preview} />
          <p className="sheet-dialog__effect" data-testid="sheet-effect">
            {counts
              ? `${formatNumber(counts.added)} to add, ${formatNumber(counts.updated)} to update, ${formatNumber(counts.unchanged)} unchanged` +
                (replace ? `, ${formatNumber(counts.removed)} to remove.` : '.')
              : 'Fix the problems above (in the sheet, or with the column choices) to see the effect.'}
          </p>
          <label className="sheet-dialog__replace">
            <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />{' '}
            Replace the whole list (remove the {label} that are not in the sheet)
          </label>
        </>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!counts || busy !== null}
          onClick={() => void commit()}
        >
          Import
        </button>
        {source && 'name' in source ? (
          <label className="button sheet-dialog__another">
            Choose another file…
            <input
              type="file"
              accept=".csv,.xlsx,.tsv,.txt"
              className="visually-hidden"
              onChange={(event) => {
                void chooseAnother(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
          </label>
        ) : null}
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
