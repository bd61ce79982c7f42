/**
 * When to act: days left, the window's status and the date it opens, as the rules compute
 * them for the chosen "as of" date.
 */
import { daysBetween } from '../../../../shared/dates';
import { relativeDays } from '../../../../shared/vocabulary/dates';
import type { EnrollmentWindow } from '../../../../shared/rules/types';
import { formatDate } from '../../format';

const STATUS_TEXT: Readonly<Record<EnrollmentWindow['status'], string>> = {
  'not-open': 'Not open yet',
  open: 'Open — time to re-enroll',
  expired: 'Expired',
};

export function WindowCard({ window }: { readonly window: EnrollmentWindow }) {
  const { status, daysLeft, opensOn, expiresOn } = window;
  // The window's length as the evaluation's ruleset set it.
  const windowDays = daysBetween(opensOn, expiresOn);
  return (
    <section className={`card window window--${status}`} aria-labelledby="window-heading">
      <h3 id="window-heading">Re-enrollment window</h3>
      <p className="window__status" data-testid="window-status">
        {STATUS_TEXT[status]}
      </p>
      <dl className="facts">
        <div>
          <dt>Days left</dt>
          <dd data-testid="days-left">{daysLeft >= 0 ? daysLeft : relativeDays(daysLeft)}</dd>
        </div>
        <div>
          <dt>Window opens</dt>
          <dd data-testid="opens-on">{formatDate(opensOn)}</dd>
        </div>
        <div>
          <dt>Enrollment expires</dt>
          <dd>{formatDate(expiresOn)}</dd>
        </div>
      </dl>
      <p className="card__note">
        {status === 'not-open'
          ? `Re-enrollment opens ${windowDays} days before the enrollment expires, on ${formatDate(opensOn)}.`
          : status === 'open'
            ? `You have ${windowDays} days or fewer left: begin re-enrolling now.`
            : 'The enrollment has expired. Re-enroll as soon as possible to restore the membership.'}
      </p>
    </section>
  );
}
