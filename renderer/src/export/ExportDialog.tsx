/**
 * Export the readiness report: pick a format, preview it, then save. The preview is the very
 * text that will be saved; HTML is shown in a sandboxed frame served with a script-less policy.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChannelResult } from '../../../shared/ipc/contract';
import type { ReportFormat } from '../../../shared/report/formats';
import { call } from '../api/client';
import { useWorkspace } from '../store/workspace-store';
import { downloadBase64, downloadText } from './download';

type ExportChoice = ReportFormat | 'pdf';

const CHOICES: readonly { readonly value: ExportChoice; readonly label: string; readonly hint: string }[] = [
  { value: 'html', label: 'Web page (HTML)', hint: 'Opens offline in any browser; prints well.' },
  { value: 'pdf', label: 'PDF', hint: 'The same page, printed to PDF (desktop app).' },
  { value: 'md', label: 'Markdown', hint: 'Plain text with headings, for a wiki or an email.' },
  { value: 'json', label: 'JSON', hint: 'The report model, for scripts.' },
  { value: 'csv', label: 'Deadlines (CSV)', hint: 'One row per deadline, for a spreadsheet.' },
  { value: 'requirements-csv', label: 'Requirements (CSV)', hint: 'One row per requirement.' },
  {
    value: 'ics',
    label: 'Calendar (ICS)',
    hint: 'Deadlines as all-day events with reminders 30 and 7 days before.',
  },
];

type Rendered = ChannelResult<'report:render'>;

interface ExportDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** The format chosen when the dialog opens. */
  readonly initialFormat?: ExportChoice;
  /** The memberships to cover in one file; the open membership when absent. */
  readonly ids?: readonly string[];
}

export function ExportDialog({ open, onClose, initialFormat = 'html', ids }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const current = useWorkspace((s) => s.current);
  const asOf = useWorkspace((s) => s.asOf);
  const [format, setFormat] = useState<ExportChoice>(initialFormat);
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const previewFormat: ReportFormat = format === 'pdf' ? 'html' : format;
  const scope = useMemo(() => ids ?? (current ? [current.id] : null), [ids, current]);
  // A string key, so the preview is fetched again only when the memberships covered change.
  const scopeKey = scope ? JSON.stringify(scope) : undefined;
  useEffect(() => {
    if (!open || !scopeKey) return undefined;
    let cancelled = false;
    call('report:render', { ids: JSON.parse(scopeKey) as string[], asOf, format: previewFormat }).then(
      (value) => {
        if (cancelled) return;
        setRendered(value);
        setError(null);
      },
      (failure: unknown) => {
        if (cancelled) return;
        setRendered(null);
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [open, scopeKey, asOf, previewFormat]);

  async function save() {
    if (!scopeKey || !rendered) return;
    setBusy(true);
    try {
      if (format === 'pdf') {
        const pdf = await call('report:pdf', { ids: JSON.parse(scopeKey) as string[], asOf });
        downloadBase64(pdf.fileName, 'application/pdf', pdf.base64);
      } else {
        downloadText(rendered.fileName, rendered.mimeType, rendered.text);
      }
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="dialog export-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Export the readiness report</h2>
      {ids ? (
        <p className="field__hint">
          For {ids.length === 1 ? 'one membership' : `${ids.length} memberships`}, in one file.
        </p>
      ) : null}
      <div className="export-dialog__body">
        <fieldset className="export-dialog__formats">
          <legend>Format</legend>
          {CHOICES.map((choice) => (
            <label key={choice.value} className="export-dialog__format">
              <input
                type="radio"
                name="export-format"
                value={choice.value}
                checked={format === choice.value}
                onChange={() => setFormat(choice.value)}
              />
              <span>
                <strong>{choice.label}</strong>
                <small>{choice.hint}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <section className="export-dialog__preview" aria-label="Preview">
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : rendered === null ? (
            <p>Preparing the preview…</p>
          ) : rendered.previewPath ? (
            <iframe
              title="Report preview"
              src={rendered.previewPath}
              sandbox=""
              className="export-dialog__frame"
            />
          ) : (
            <pre className="export-dialog__text" tabIndex={0}>
              {rendered.text}
            </pre>
          )}
          {rendered ? (
            <p className="field__hint">
              Saves as{' '}
              <code>
                {format === 'pdf' ? rendered.fileName.replace(/\.html$/, '.pdf') : rendered.fileName}
              </code>
            </p>
          ) : null}
        </section>
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!rendered || busy}
          onClick={() => void save()}
        >
          {busy ? 'Saving…' : 'Save…'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
