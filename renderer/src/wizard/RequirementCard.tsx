/** A requirement as the rules state it: status, the detail sentence, and what to do by when. */
import type { Requirement, RequirementStatus } from '../../../shared/rules/types';
import { formatDate } from '../format';
import { REQUIREMENT_STATUS_LABELS } from '../../../shared/vocabulary/labels';
import './requirement-status.css';
import { requirementNumbers } from '../../../shared/vocabulary/numbers';

export function StatusBadge({ status }: { readonly status: RequirementStatus }) {
  return <span className={`req-status req-status--${status}`}>{REQUIREMENT_STATUS_LABELS[status]}</span>;
}

export function RequirementCard({ requirement }: { readonly requirement: Requirement }) {
  const { id, status, detail, action, dueOn, blocking } = requirement;
  const numbers = requirementNumbers(requirement);
  return (
    <section
      className={`card requirement requirement--${status}`}
      aria-label={requirement.shortTitle}
      data-testid={`requirement-${id}`}
      data-status={status}
    >
      <p className="requirement__head">
        <StatusBadge status={status} />
        <strong>{requirement.shortTitle}</strong>
        {numbers !== null ? <span className="requirement__numbers">{numbers}</span> : null}
        {!blocking ? <span className="requirement__note">does not block re-enrollment</span> : null}
      </p>
      <p className="requirement__detail">{detail}</p>
      {action ? (
        <p className="requirement__action">
          <strong>To do:</strong> {action}
          {dueOn ? ` — by ${formatDate(dueOn)}` : ''}
        </p>
      ) : null}
    </section>
  );
}

/** The cards of the given requirements, in the order asked for. */
export function RequirementCards({
  requirements,
  ids,
}: {
  readonly requirements: readonly Requirement[];
  readonly ids: readonly Requirement['id'][];
}) {
  return (
    <div className="requirement-cards">
      {ids.map((id) => {
        const requirement = requirements.find((r) => r.id === id);
        return requirement ? <RequirementCard key={id} requirement={requirement} /> : null;
      })}
    </div>
  );
}
