/**
 * A finished year (rolled forward to its next one) opens read-only for reference: this banner
 * says so and opens the next year. Archived memberships stay out of the header's picker.
 */
import type { MembershipSummary, WorkspaceLifecycle } from '../../../shared/ipc/contract';
import { useWorkspace } from '../store/workspace-store';
import { useUnsaved } from '../store/unsaved-store';
import './home.css';
import { formatDate } from '../format';

/** The picker's memberships: all but the archived, keeping the one open. */
export function pickable(
  summaries: readonly MembershipSummary[],
  lifecycle: WorkspaceLifecycle,
  currentId: string | undefined,
): readonly MembershipSummary[] {
  if (lifecycle.archived.length === 0) return summaries;
  const archived = new Set(lifecycle.archived);
  return summaries.filter((s) => s.id === currentId || !archived.has(s.id));
}

export function FinishedYearBanner() {
  const current = useWorkspace((s) => s.current);
  const next = useWorkspace((s) => (current ? s.lifecycle.rolledForward[current.id] : undefined));
  const membershipPicked = useWorkspace((s) => s.membershipPicked);
  const leaveRequested = useUnsaved((s) => s.leaveRequested);
  if (!current || next === undefined) return null;
  return (
    <p className="finished-year" role="status">
      This is the finished year that expired on {formatDate(current.enrollment.expiresOn)}, kept read-only for
      reference. Changes are made in its next year.{' '}
      <button
        type="button"
        className="button button--small"
        onClick={() => leaveRequested(() => void membershipPicked(next))}
      >
        Open the next year
      </button>
    </p>
  );
}
