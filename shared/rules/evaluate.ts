/**
 * The rule engine's entry point (shared/rules/README.md): one evaluator that reads a `Ruleset` object and
 * turns memberships into requirements, points, outcome and deadlines at a given asOf. Pure: the
 * same memberships and asOf always give the same evaluation.
 */
import type { IsoDate } from '../dates';
import type { Membership } from '../interchange/schema';
import { ruleContext, type RuleContext } from './context';
import { membershipDeadlines } from './deadlines';
import { fallbackFor, gapsFor, isReady, qualifiesFor } from './outcome';
import type { Ruleset } from './ruleset';
import { csatRule } from './rules-csat';
import { mcpExamsRule, mcpLinksRule, mcpsOrSolutionRule } from './rules-mcps';
import {
  certifiedPointsRule,
  competencyRule,
  goldPointsRule,
  mapsAssessmentRule,
} from './rules-qualifications';
import { referencesAssignedRule, referencesCurrentRule } from './rules-references';
import {
  adminRule,
  competencyOtherRule,
  feeRule,
  profileRule,
  signInRule,
  termsAgreedRule,
  termsSignedRule,
} from './rules-steps';
import type { Evaluation, MembershipEvaluation, PointsBreakdown, Requirement, RequirementId } from './types';
import { enrollmentWindow } from './window';

export { toEvaluationJson, type EvaluationJson } from './evaluation-json';

/** The rule of each requirement id. The ruleset decides their order, level and kind. */
const RULES: Readonly<Record<RequirementId, (context: RuleContext) => Requirement>> = {
  'admin.global-program-administrator': adminRule,
  'steps.sign-in': signInRule,
  'steps.profile': profileRule,
  'steps.terms-agreed': termsAgreedRule,
  'registered.maps-assessment': mapsAssessmentRule,
  'certified.points': certifiedPointsRule,
  'gold.points': goldPointsRule,
  'gold.competency': competencyRule,
  'gold.mcps-or-solution': mcpsOrSolutionRule,
  'gold.mcp-links': mcpLinksRule,
  'gold.mcp-exams': mcpExamsRule,
  'gold.csat': csatRule,
  'gold.references-current': referencesCurrentRule,
  'gold.references-assigned': referencesAssignedRule,
  'gold.competency-other': competencyOtherRule,
  'gold.terms-signed': termsSignedRule,
  'gold.fee': feeRule,
};

/**
 * Evaluates every membership at `asOf` under `ruleset`. There is no default ruleset: every
 * number comes from the one the caller passes (the app's, or `--ruleset FILE`).
 */
export function evaluate(
  memberships: readonly Membership[],
  options: { readonly asOf: IsoDate; readonly ruleset: Ruleset },
): Evaluation {
  const { ruleset } = options;
  return {
    ruleset: ruleset.id,
    asOf: options.asOf,
    memberships: memberships.map((m) => evaluateMembership(m, options.asOf, ruleset)),
    rules: ruleset,
  };
}

/** Evaluates one membership at `asOf`. */
export function evaluateMembership(
  membership: Membership,
  asOf: IsoDate,
  ruleset: Ruleset,
): MembershipEvaluation {
  return evaluateWith(ruleContext(membership, asOf, ruleset));
}

/**
 * Evaluates a prepared context; `points` in the context may be an estimate (the what-if
 * estimator), never saved.
 */
export function evaluateWith(context: RuleContext): MembershipEvaluation {
  const { membership, asOf, ruleset } = context;
  const requirements = (Object.keys(ruleset.requirements) as RequirementId[]).map((id) => RULES[id](context));
  const window = enrollmentWindow(membership.enrollment.expiresOn, asOf, ruleset);
  const qualifies = qualifiesFor(requirements);
  return {
    id: membership.id,
    window,
    points: context.points,
    qualifies,
    ready: isReady(window, requirements, membership.targetLevel),
    requirements,
    deadlines: membershipDeadlines(context, requirements),
    gaps: gapsFor(requirements, membership.targetLevel),
    fallback: fallbackFor(requirements, qualifies, membership.targetLevel, window),
    rules: ruleset,
  };
}

/** Evaluates one membership as if its points were `points` (for the estimator). */
export function evaluateWithPoints(
  membership: Membership,
  asOf: IsoDate,
  points: PointsBreakdown,
  ruleset: Ruleset,
): MembershipEvaluation {
  return evaluateWith(ruleContext(membership, asOf, ruleset, points));
}
