/**
 * The printable re-enrollment checklist: every requirement of the target level (and those of
 * the levels below and of all levels) with a box ticked or not, its due date and what to do.
 * Printing from this tab prints only this checklist (see the print styles).
 */
import type { Membership } from '../../../../shared/interchange/schema';
import type { IsoDate } from '../../../../shared/dates';
import { REQUIREMENT_LEVEL_LABELS, REQUIREMENT_STATUS_LABELS } from '../../../../shared/vocabulary/labels';
import type { MembershipEvaluation, RequirementStatus } from '../../../../shared/rules/types';
import { passes } from '../../../../shared/rules/outcome';
import { formatDate } from '../../format';
import { LEVEL_LABELS } from '../../../../shared/vocabulary/labels';
import { membershipLabel } from '../overview/MembershipPicker';
import { requirementsFor } from '../../review/review-model';

interface ChecklistProps {
  readonly membership: Membership;
  readonly evaluation: MembershipEvaluation;
  readonly asOf: IsoDate;
}

/** Ticked when done (met or waived); at-risk is done today but flagged. */
function boxOf(status: RequirementStatus): string {
  return status === 'at-risk' ? '☑!' : status === 'met' || status === 'waived' ? '☑' : '☐';
}

export function ReenrollmentChecklist({ membership, evaluation, asOf }: ChecklistProps) {
  const target = membership.targetLevel;
  const rows = requirementsFor(evaluation, target);
  const done = rows.filter(passes).length;
  return (
    <div className="reenroll-checklist" data-testid="checklist">
      <div className="reenroll-checklist__head">
        <p className="reenroll-checklist__title">
          Re-enrollment checklist —{' '}
          {membershipLabel({
            organizationName: membership.organization.name,
            location: membership.organization.location,
          })}
        </p>
        <p className="card__note">
          Re-enroll as {LEVEL_LABELS[target]} · enrollment expires{' '}
          {formatDate(membership.enrollment.expiresOn)} · as of {formatDate(asOf)} · {done} of {rows.length}{' '}
          done
        </p>
        <button type="button" className="button reenroll-checklist__print" onClick={() => window.print()}>
          Print the checklist
        </button>
      </div>
      <table className="table reenroll-checklist__table">
        <caption className="visually-hidden">Re-enrollment checklist</caption>
        <thead>
          <tr>
            <th scope="col">Done</th>
            <th scope="col">Requirement</th>
            <th scope="col">Level</th>
            <th scope="col">Status</th>
            <th scope="col">Due</th>
            <th scope="col">What to do</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={`reenroll-checklist__row reenroll-checklist__row--${r.status}`}>
              <td className="reenroll-checklist__box">
                <span aria-hidden="true">{boxOf(r.status)}</span>
                <span className="visually-hidden">{passes(r) ? 'done' : 'not done'}</span>
              </td>
              <th scope="row">{r.title}</th>
              <td>{REQUIREMENT_LEVEL_LABELS[r.level]}</td>
              <td>{REQUIREMENT_STATUS_LABELS[r.status]}</td>
              <td className="nowrap">{r.dueOn ? formatDate(r.dueOn) : '—'}</td>
              <td>{r.action ?? r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
