/**
 * The status rows of every membership at the header's asOf, from the main process (which keeps
 * them per membership and asOf, so a visit re-evaluates only memberships that changed). Fetched
 * again when the asOf, the list of memberships, or `revision` changes; the progress of the
 * memberships it evaluates comes with the state.
 */
import { useCallback, useState } from 'react';
import type { WorkspaceStatus } from '../../../shared/ipc/contract';
import { useChannel, type Fetched } from '../api/use-channel';
import { useWorkspace } from '../store/workspace-store';

export type StatusState = Fetched<WorkspaceStatus>;

export function useWorkspaceStatus(): { readonly status: StatusState; readonly reload: () => void } {
  const asOf = useWorkspace((s) => s.asOf);
  const summaries = useWorkspace((s) => s.summaries);
  const [revision, setRevision] = useState(0);
  const status = useChannel('workspace:status', { asOf }, [asOf, summaries, revision], {
    followProgress: true,
  });
  const reload = useCallback(() => setRevision((r) => r + 1), []);
  return { status, reload };
}
