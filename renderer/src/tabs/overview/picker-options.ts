/**
 * The picker's options: each membership named with its location and its window status at the
 * header's asOf, so two "Fabrikam Ltd" are told apart; typing filters by organization, location
 * or status, ignoring case.
 */
import type { IsoDate } from '../../../../shared/dates';
import type { MembershipSummary } from '../../../../shared/ipc/contract';
import type { RulesetNumbers } from '../../../../shared/rules/ruleset';
import { enrollmentWindow } from '../../../../shared/rules/window';
import { windowPhrase } from '../../../../shared/status/status-labels';
import { formatDate } from '../../format';

export interface PickerOption {
  readonly id: string;
  /** `Fabrikam Ltd — Seattle`. */
  readonly label: string;
  /** `Open, 46 days left`. */
  readonly status: string;
}

/** `Fabrikam Ltd — Seattle`, or the name alone when no location is recorded. */
export function membershipLabel(summary: Pick<MembershipSummary, 'organizationName' | 'location'>): string {
  return summary.location ? `${summary.organizationName} — ${summary.location}` : summary.organizationName;
}

/** Each membership's option; the window status under the workspace's ruleset. */
export function pickerOptions(
  summaries: readonly MembershipSummary[],
  asOf: IsoDate,
  rules: RulesetNumbers,
): PickerOption[] {
  return summaries.map((s) => ({
    id: s.id,
    label: membershipLabel(s),
    status: windowPhrase(enrollmentWindow(s.expiresOn, asOf, rules), formatDate),
  }));
}

// en-US's lower case without ICU's locale lookup (see shared/status/status-view.ts).
const normalized = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The options whose label or status holds every word typed. */
export function filterOptions(options: readonly PickerOption[], query: string): PickerOption[] {
  const words = normalized(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const text = normalized(`${o.label} ${o.status}`);
    return words.every((w) => text.includes(w));
  });
}
