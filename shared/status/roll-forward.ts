/**
 * Rolling a re-enrolled membership forward to its next year (DESIGN §5): new enrollment dates
 * (by default the new expiry is one year after the old one), the steps reset, and everything
 * else — organization, contacts, competencies, MCPs, solutions, references, surveys, points —
 * kept as evidence. The current level becomes the level it re-enrolled at.
 */
import { addDays, addMonths, type IsoDate } from '../dates';
import { MEMBERSHIP_LISTS } from '../interchange/constants';
import type { Membership, Steps } from '../interchange/schema';

/** What the next year keeps unchanged from the finished one: the organization and its evidence. */
export const KEPT_ON_ROLL_FORWARD = [
  'organization',
  'contacts',
  'chosen',
  ...MEMBERSHIP_LISTS,
] as const satisfies readonly (keyof Membership)[];

/** One year after the old expiry (29 Feb becomes 28 Feb). */
export function defaultNextExpiry(expiresOn: IsoDate): IsoDate {
  return addMonths(expiresOn, 12);
}

const FRESH_STEPS: Steps = {
  signIn: { done: false, on: null, note: null },
  profileVerified: { done: false, on: null, note: null },
  termsAgreed: { done: false, on: null, note: null },
  termsSigned: { done: false, on: null, note: null },
  feePaid: { done: false, on: null, note: null, amount: null, currency: null },
};

/** The next year's membership under `id`, starting the day after the old one expires. */
export function nextYear(membership: Membership, id: string, expiresOn: IsoDate): Membership {
  return {
    ...membership,
    id,
    level: membership.targetLevel,
    enrollment: { startedOn: addDays(membership.enrollment.expiresOn, 1), expiresOn },
    steps: FRESH_STEPS,
  };
}
