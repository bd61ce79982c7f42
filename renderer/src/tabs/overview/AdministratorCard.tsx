/** Whether the person preparing may re-enroll, and if not, who can (the rule's own words). */
import type { Requirement } from '../../../../shared/rules/types';

export function AdministratorCard({ requirement }: { readonly requirement: Requirement }) {
  const met = requirement.status === 'met';
  return (
    <section className={`card admin admin--${met ? 'met' : 'unmet'}`} aria-labelledby="admin-heading">
      <h3 id="admin-heading">Global program administrator</h3>
      <p data-testid="admin-status" className="admin__status">
        {met ? 'You can re-enroll this membership.' : 'You cannot re-enroll this membership yourself.'}
      </p>
      <p data-testid="admin-detail">{requirement.detail}</p>
      {requirement.action ? <p className="card__action">{requirement.action}</p> : null}
    </section>
  );
}

/** The same card while the membership just opened is being evaluated. */
export function AdministratorPending() {
  return (
    <section className="card admin" aria-labelledby="admin-heading" aria-busy="true">
      <h3 id="admin-heading">Global program administrator</h3>
      <p role="status" className="card__note">
        Checking who can re-enroll this membership…
      </p>
    </section>
  );
}
