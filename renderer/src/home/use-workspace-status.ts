/**
 * The status rows of every membership at the header's asOf, from the main process (which keeps
 * them per membership and asOf, so a visit re-evaluates only memberships that changed). Fetched
 * again when the asOf, the list of memberships, or `revision` changes.
 */
import { useCallback, useEffect, useState } from 'react';
import type { WorkspaceStatus } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { useWorkspace } from '../store/workspace-store';

export type StatusState =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly status: WorkspaceStatus };

export function useWorkspaceStatus(): { readonly status: StatusState; readonly reload: () => void } {
  const asOf = useWorkspace((s) => s.asOf);
  const summaries = useWorkspace((s) => s.summaries);
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState<StatusState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    call('workspace:status', { asOf }).then(
      (value) => live && setStatus({ state: 'ready', status: value }),
      (error: unknown) =>
        live &&
        setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [asOf, summaries, revision]);
  const reload = useCallback(() => setRevision((r) => r + 1), []);
  return { status, reload };
}
