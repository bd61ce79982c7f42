/**
 * When a certification or a certified solution counts (shared/rules/README.md): "current at date D". Dates
 * are `YYYY-MM-DD`, so comparing the strings compares the days.
 */
import type { IsoDate } from '../dates';
import type { Certification, CertifiedSolution, Professional } from '../interchange/schema';

/** earnedOn ≤ D, expiresOn empty or ≥ D, newerExamRequiredBy empty or ≥ D. */
export function isCertificationCurrent(certification: Certification, on: IsoDate): boolean {
  return (
    certification.earnedOn <= on &&
    (certification.expiresOn === null || certification.expiresOn >= on) &&
    (certification.newerExamRequiredBy === null || certification.newerExamRequiredBy >= on)
  );
}

/** testedOn ≤ D and expiresOn empty or ≥ D. */
export function isSolutionCurrent(solution: CertifiedSolution, on: IsoDate): boolean {
  return solution.testedOn <= on && (solution.expiresOn === null || solution.expiresOn >= on);
}

/** The last day a certification is current, and what ends it; null when nothing ends it. */
export function certificationEnd(
  certification: Certification,
): { readonly lastDay: IsoDate; readonly by: 'expiry' | 'newer-exam' } | null {
  const { expiresOn, newerExamRequiredBy } = certification;
  if (newerExamRequiredBy !== null && (expiresOn === null || newerExamRequiredBy <= expiresOn)) {
    return { lastDay: newerExamRequiredBy, by: 'newer-exam' };
  }
  return expiresOn === null ? null : { lastDay: expiresOn, by: 'expiry' };
}

/**
 * How a professional stands at `on`: the certification current then that lasts longest, and
 * the last day the professional stays current (null: no end). Null when none is current.
 */
export interface Standing {
  readonly certification: Certification;
  readonly lastDay: IsoDate | null;
  readonly by: 'expiry' | 'newer-exam' | null;
}

/** The professional's longest-lasting current certification at `on`, or null. */
export function standingOn(professional: Professional, on: IsoDate): Standing | null {
  // Runs for every MCP of every membership: track the best in locals, allocate once.
  let best: Certification | null = null;
  let bestLastDay: IsoDate | null = null;
  for (const certification of professional.certifications) {
    if (!isCertificationCurrent(certification, on)) continue;
    const { expiresOn, newerExamRequiredBy } = certification;
    if (expiresOn === null && newerExamRequiredBy === null) return { certification, lastDay: null, by: null };
    const lastDay =
      expiresOn === null
        ? (newerExamRequiredBy as IsoDate)
        : newerExamRequiredBy === null || expiresOn < newerExamRequiredBy
          ? expiresOn
          : newerExamRequiredBy;
    if (best === null || (bestLastDay as IsoDate) < lastDay) {
      best = certification;
      bestLastDay = lastDay;
    }
  }
  if (best === null) return null;
  return {
    certification: best,
    lastDay: bestLastDay,
    by: (certificationEnd(best) as { by: Standing['by'] }).by,
  };
}
