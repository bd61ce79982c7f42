/** A button that opens the report export dialog for the open membership. */
import { useState } from 'react';
import { useWorkspace } from '../store/workspace-store';
import { ExportDialog } from './ExportDialog';

type InitialFormat = Parameters<typeof ExportDialog>[0]['initialFormat'];

export function ExportReportButton({
  label = 'Export report…',
  initialFormat = 'html',
  ids,
}: {
  readonly label?: string;
  readonly initialFormat?: InitialFormat;
  /** Several memberships in one file; the open membership when absent. */
  readonly ids?: readonly string[];
}) {
  const [open, setOpen] = useState(false);
  const hasMembership = useWorkspace((s) => s.current !== null && !s.creating);
  if (ids ? ids.length === 0 : !hasMembership) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open ? (
        <ExportDialog
          open
          onClose={() => setOpen(false)}
          initialFormat={initialFormat}
          {...(ids ? { ids } : {})}
        />
      ) : null}
    </>
  );
}
