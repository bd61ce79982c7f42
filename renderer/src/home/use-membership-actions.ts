/**
 * Changing memberships from the home screen: delete, archive, roll forward. A delete is undoable while the app stays open:
 * before it (the main process backs the workspace up first) the membership's interchange
 * document is kept here, and undo imports it again under its own id.
 */
import { useState } from 'react';
import type { StatusRow } from '../../../shared/status/status-row';
import { call } from '../api/client';
import { useWorkspace } from '../store/workspace-store';

/** What the last action did, and how to take it back when that is possible. */
export interface Notice {
  readonly message: string;
  readonly undo: (() => void) | null;
}

/** `Fabrikam Ltd — Seattle`, or the organization alone. */
export function rowName(row: Pick<StatusRow, 'organization' | 'location'>): string {
  return row.location ? `${row.organization} — ${row.location}` : row.organization;
}

export function useMembershipActions(onChanged: () => void) {
  const workspaceReloaded = useWorkspace((s) => s.workspaceReloaded);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(work: () => Promise<Notice>) {
    setError(null);
    try {
      const next = await work();
      await workspaceReloaded();
      onChanged();
      setNotice(next);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  function remove(row: StatusRow) {
    return run(async () => {
      const document = await call('workspace:export', { ids: [row.id] });
      await call('membership:delete', { id: row.id });
      const undo = () =>
        void run(async () => {
          await call('workspace:import', { text: JSON.stringify(document), onConflict: 'refuse' });
          return { message: `${rowName(row)} is back.`, undo: null };
        });
      return { message: `Deleted ${rowName(row)}. A backup was taken first.`, undo };
    });
  }

  function archive(row: StatusRow, archived: boolean) {
    return run(async () => {
      await call('membership:archive', { id: row.id, archived });
      const undo = () =>
        void run(async () => {
          await call('membership:archive', { id: row.id, archived: !archived });
          return {
            message: `${rowName(row)} is ${archived ? 'back in the list' : 'archived again'}.`,
            undo: null,
          };
        });
      return { message: archived ? `Archived ${rowName(row)}.` : `Restored ${rowName(row)}.`, undo };
    });
  }

  function rollForward(row: StatusRow, expiresOn: string) {
    return run(async () => {
      await call('membership:roll-forward', { id: row.id, expiresOn });
      return {
        message: `Started the next year of ${rowName(row)}, expiring ${expiresOn}. The finished year is archived, read-only.`,
        undo: null,
      };
    });
  }

  return { notice, error, dismiss: () => setNotice(null), remove, archive, rollForward };
}
