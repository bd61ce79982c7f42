/** The organization/location drop-down of the Membership Center, plus "new membership". */
import { useId } from 'react';
import type { MembershipSummary } from '../../../../shared/ipc/contract';

interface MembershipPickerProps {
  readonly summaries: readonly MembershipSummary[];
  readonly currentId: string | null;
  readonly onPick: (id: string) => void;
  readonly onNew: () => void;
}

/** `Fabrikam Ltd — Seattle`, or the name alone when no location is recorded. */
export function membershipLabel(summary: Pick<MembershipSummary, 'organizationName' | 'location'>): string {
  return summary.location ? `${summary.organizationName} — ${summary.location}` : summary.organizationName;
}

export function MembershipPicker({ summaries, currentId, onPick, onNew }: MembershipPickerProps) {
  const id = useId();
  return (
    <div className="picker">
      <label htmlFor={id}>Organization and location</label>
      <select id={id} value={currentId ?? ''} onChange={(event) => onPick(event.target.value)}>
        {currentId === null ? <option value="">Choose a membership…</option> : null}
        {summaries.map((summary) => (
          <option key={summary.id} value={summary.id}>
            {membershipLabel(summary)}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={onNew}>
        {/* "membership" leaves the visible label in a narrow window, never the accessible name. */}
        New<span className="picker__more"> membership</span>
      </button>
    </div>
  );
}
