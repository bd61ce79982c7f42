/**
 * What a screen of the wizard shows while its membership loads: a status naming the membership
 * (the wizard's frame is already painted around it), or why it could not be opened. Opening
 * the selected membership is asked for here, so the home never loads one it does not show.
 */
import { useEffect } from 'react';
import { useWorkspace } from '../store/workspace-store';
import { membershipLabel } from '../tabs/overview/picker-options';

export function OpeningMembership() {
  const id = useWorkspace((s) => s.opening ?? s.selectedId);
  const summary = useWorkspace((s) => s.summaries.find((m) => m.id === id));
  const openError = useWorkspace((s) => s.openError);
  const membershipWanted = useWorkspace((s) => s.membershipWanted);
  const membershipPicked = useWorkspace((s) => s.membershipPicked);
  useEffect(() => membershipWanted(), [membershipWanted]);
  const name = summary ? membershipLabel(summary) : 'the membership';

  if (openError && id) {
    return (
      <section className="step opening" aria-labelledby="opening-heading">
        <h2 id="opening-heading">{name} could not be opened</h2>
        <p role="alert">{openError}</p>
        <button type="button" className="button" onClick={() => void membershipPicked(id)}>
          Try again
        </button>
      </section>
    );
  }
  return (
    <section className="step opening" aria-busy="true" aria-label={`Opening ${name}`}>
      <p className="loading" role="status">
        Opening {name}…
      </p>
    </section>
  );
}
