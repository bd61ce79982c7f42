/**
 * `reenroll status --format json` (DESIGN §8): exactly the documented fields in the documented
 * order, so scripts can rely on it. The screen's extra fields (readiness, days to the next
 * deadline, archive state) stay out.
 */
import type { IsoDate } from '../dates';
import type { Level } from '../interchange/constants';
import type { DeadlineKind, DeadlineStatus, EnrollmentWindow, RequirementId } from '../rules/types';
import type { StatusRow } from './status-row';

export interface StatusJson {
  readonly ruleset: string;
  readonly asOf: IsoDate;
  readonly memberships: readonly {
    readonly id: string;
    readonly organization: string;
    readonly location: string | null;
    readonly partnerId: string | null;
    readonly level: Level;
    readonly targetLevel: Level;
    readonly window: EnrollmentWindow;
    readonly ready: boolean;
    readonly qualifies: Readonly<Record<Level, boolean>>;
    readonly blockingGaps: readonly RequirementId[];
    readonly nextDeadline: {
      readonly kind: DeadlineKind;
      readonly subject: string;
      readonly dueOn: IsoDate;
      readonly status: DeadlineStatus;
    } | null;
  }[];
}

/** The §8 JSON of a workspace's status rows. */
export function toStatusJson(ruleset: string, asOf: IsoDate, rows: readonly StatusRow[]): StatusJson {
  return {
    ruleset,
    asOf,
    memberships: rows.map((row) => ({
      id: row.id,
      organization: row.organization,
      location: row.location,
      partnerId: row.partnerId,
      level: row.level,
      targetLevel: row.targetLevel,
      window: {
        status: row.window.status,
        daysLeft: row.window.daysLeft,
        opensOn: row.window.opensOn,
        expiresOn: row.window.expiresOn,
      },
      ready: row.ready,
      qualifies: {
        registered: row.qualifies.registered,
        certified: row.qualifies.certified,
        gold: row.qualifies.gold,
      },
      blockingGaps: [...row.blockingGaps],
      nextDeadline: row.nextDeadline
        ? {
            kind: row.nextDeadline.kind,
            subject: row.nextDeadline.subject,
            dueOn: row.nextDeadline.dueOn,
            status: row.nextDeadline.status,
          }
        : null,
    })),
  };
}
