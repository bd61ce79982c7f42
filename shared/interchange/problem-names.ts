/**
 * A problem in a file's membership names that membership (its organization and location) as well
 * as the path, so a person knows which one to fix: `memberships[3]` means nothing to them.
 */
import type { Problem } from '../validation';
import { membershipLabel } from './same-membership';

const MEMBERSHIP_INDEX = /^memberships\[(\d+)\]/;

/** The organization and location of `memberships[index]`, read from a file's raw data if it has them. */
function labelOf(memberships: readonly unknown[], index: number): string | null {
  const organization = (memberships[index] as { organization?: { name?: unknown; location?: unknown } })
    ?.organization;
  const name = organization?.name;
  if (typeof name !== 'string' || name.trim() === '') return null;
  const location = typeof organization?.location === 'string' ? organization.location : null;
  return membershipLabel({ organization: name.trim(), location: location?.trim() ?? null });
}

/** Each problem under `memberships[i]` with that membership's label, when the data has a name there. */
export function namedProblems(problems: readonly Problem[], data: unknown): Problem[] {
  const memberships = (data as { memberships?: unknown } | null)?.memberships;
  if (!Array.isArray(memberships)) return [...problems];
  return problems.map((problem) => {
    const index = MEMBERSHIP_INDEX.exec(problem.path)?.[1];
    const label = index === undefined ? null : labelOf(memberships, Number(index));
    return label === null ? problem : { ...problem, membership: label };
  });
}
