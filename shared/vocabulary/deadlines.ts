/**
 * A deadline in words, built from its structured fields (never from `subject`), so a screen, a
 * report, a calendar and the CLI name the same person, certification, reference, solution or
 * survey the same way (shared/rules/README.md, "Structured results").
 */
import type { Deadline } from '../rules/types';
import { humanDate } from './dates';
import { DEADLINE_KIND_LABELS } from './labels';

type Described = Pick<Deadline, 'kind' | 'about'>;

/** Who or what it concerns: "Sam Lee — MCITP", "Contoso reference"; null for the membership's own dates. */
export function deadlineConcerns(d: Described): string | null {
  const { about } = d;
  if (about.professional && about.certification)
    return `${about.professional.name} — ${about.certification.name}`;
  if (about.reference) return `${about.reference.customer} reference`;
  if (about.solution) return about.solution.name;
  if (about.survey) return `CSAT survey of ${humanDate(about.survey.participatedOn)}`;
  if (about.ruleChange) return `new rule from ${humanDate(about.ruleChange.effectiveOn)}`;
  return null;
}

/** `Fabrikam Ltd (Seattle)`. */
export function deadlineMembership(d: Described): string {
  const { name, location } = d.about.membership;
  return location ? `${name} (${location})` : name;
}

/** "Newer exam required: Sam Lee — MCITP", "Enrollment expires"; with the membership when asked. */
export function deadlineSummary(d: Described, withMembership = false): string {
  const concerns = deadlineConcerns(d);
  const text =
    concerns === null ? DEADLINE_KIND_LABELS[d.kind] : `${DEADLINE_KIND_LABELS[d.kind]}: ${concerns}`;
  const { name, location } = d.about.membership;
  return withMembership ? `${text} (${location ? `${name}, ${location}` : name})` : text;
}
