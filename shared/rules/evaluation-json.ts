/**
 * The evaluation as `reenroll evaluate --format json` prints it (shared/rules/README.md): exactly the
 * documented fields in the documented order, then the structured fields added after them (title,
 * about, uses; a deadline's endangers and about; the ruleset's numbers). Gaps, fallback and
 * deadline days stay out.
 */
import type { RulesetNumbers } from './ruleset';
import type { Deadline, Evaluation, MembershipEvaluation, Requirement } from './types';

/** A membership as the JSON prints it: the evaluation's documented fields, not gaps or fallback. */
export type MembershipJson = Pick<
  MembershipEvaluation,
  'id' | 'window' | 'points' | 'qualifies' | 'ready' | 'requirements'
> & {
  readonly deadlines: readonly Pick<
    Deadline,
    'kind' | 'subject' | 'dueOn' | 'status' | 'endangers' | 'about'
  >[];
};

export interface EvaluationJson {
  readonly ruleset: string;
  readonly asOf: string;
  readonly memberships: readonly MembershipJson[];
  /** The ruleset's title and every number it used (added after the documented fields). */
  readonly rules: RulesetNumbers;
}

/** The §4 JSON shape of an evaluation. */
export function toEvaluationJson(evaluation: Evaluation): EvaluationJson {
  return {
    ruleset: evaluation.ruleset,
    asOf: evaluation.asOf,
    memberships: evaluation.memberships.map(membershipJson),
    rules: rulesetNumbers(evaluation.rules),
  };
}

/** One membership's evaluation as the JSON prints it. */
export function membershipJson(m: MembershipEvaluation): MembershipJson {
  return {
    id: m.id,
    window: {
      status: m.window.status,
      daysLeft: m.window.daysLeft,
      opensOn: m.window.opensOn,
      expiresOn: m.window.expiresOn,
    },
    points: {
      total: m.points.total,
      competencies: m.points.competencies,
      bonus: m.points.bonus,
      other: m.points.other,
    },
    qualifies: {
      registered: m.qualifies.registered,
      certified: m.qualifies.certified,
      gold: m.qualifies.gold,
    },
    ready: m.ready,
    requirements: m.requirements.map(requirementJson),
    deadlines: m.deadlines.map((d) => ({
      kind: d.kind,
      subject: d.subject,
      dueOn: d.dueOn,
      status: d.status,
      endangers: d.endangers,
      about: d.about,
    })),
  };
}

/** The ruleset's id, title and numbers, without its catalogue (titles sit on each requirement). */
export function rulesetNumbers(rules: RulesetNumbers): RulesetNumbers {
  return {
    id: rules.id,
    title: rules.title,
    windowDays: rules.windowDays,
    points: rules.points,
    mcps: rules.mcps,
    csat: rules.csat,
    maps: rules.maps,
    references: rules.references,
    deadlines: rules.deadlines,
  };
}

function requirementJson(r: Requirement): Requirement {
  const out: Partial<{ -readonly [K in keyof Requirement]: Requirement[K] }> = {
    id: r.id,
    level: r.level,
    kind: r.kind,
    blocking: r.blocking,
    status: r.status,
    detail: r.detail,
  };
  if (r.actual !== undefined) out.actual = r.actual;
  if (r.required !== undefined) out.required = r.required;
  if (r.dueOn !== undefined) out.dueOn = r.dueOn;
  if (r.action !== undefined) out.action = r.action;
  // Added fields come after the documented ones (fields may be added, never renamed).
  return { ...out, title: r.title, shortTitle: r.shortTitle, about: r.about, uses: r.uses } as Requirement;
}
