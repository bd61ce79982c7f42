/**
 * The assessment, points and competency rules (DESIGN §3.2): thresholds from the ruleset, the
 * detail naming the figures, and the smallest way to close a shortfall.
 */
import type { RuleContext } from './context';
import { pointsAction } from './points';
import { requirement } from './requirement';
import type { Requirement } from './types';
import { nameListOf } from './wording';

/** registered.maps-assessment: met at the pass mark, waived for renewing subscribers until late 2009. */
export function mapsAssessmentRule(context: RuleContext): Requirement {
  const { passPercent, renewingWaivedThrough } = context.ruleset.maps;
  const assessment = context.membership.mapsAssessment;
  const taken = assessment?.takenOn ? ` on ${assessment.takenOn}` : '';
  const numbers = assessment
    ? { actual: assessment.scorePercent, required: passPercent }
    : { required: passPercent };
  if (assessment && assessment.scorePercent >= passPercent) {
    return requirement(
      context,
      'registered.maps-assessment',
      'met',
      `Action Pack assessment passed${taken} with ${assessment.scorePercent} % (${passPercent} % needed).`,
      numbers,
    );
  }
  const pass = `Pass the online training and assessment with ${passPercent} % or more to order the Action Pack subscription`;
  if (context.membership.renewingSubscriber && context.asOf <= renewingWaivedThrough) {
    return requirement(
      context,
      'registered.maps-assessment',
      'waived',
      `The assessment is suspended for renewing subscribers until ${renewingWaivedThrough}.`,
      {
        ...numbers,
        dueOn: renewingWaivedThrough,
        action: `${pass}; the suspension ends after ${renewingWaivedThrough}`,
      },
    );
  }
  if (assessment) {
    return requirement(
      context,
      'registered.maps-assessment',
      'unmet',
      `Action Pack assessment scored ${assessment.scorePercent} %${taken}, below the ${passPercent} % needed.`,
      { ...numbers, action: pass },
    );
  }
  return requirement(
    context,
    'registered.maps-assessment',
    'todo',
    'No Action Pack assessment is recorded.',
    {
      ...numbers,
      action: pass,
    },
  );
}

function pointsRule(
  context: RuleContext,
  id: 'certified.points' | 'gold.points',
  needed: number,
): Requirement {
  const { total, competencies, bonus, other } = context.points;
  const breakdown = `${total} points (${competencies} from competencies, ${bonus} bonus, ${other} other)`;
  if (total >= needed) {
    return requirement(context, id, 'met', `${context.label} has ${breakdown}; ${needed} needed.`, {
      actual: total,
      required: needed,
    });
  }
  return requirement(context, id, 'unmet', `${context.label} has ${breakdown}; ${needed} needed.`, {
    actual: total,
    required: needed,
    action: pointsAction(needed - total, context.hasCompetency, context.ruleset),
  });
}

/** certified.points. */
export function certifiedPointsRule(context: RuleContext): Requirement {
  return pointsRule(context, 'certified.points', context.ruleset.points.certified);
}

/** gold.points. */
export function goldPointsRule(context: RuleContext): Requirement {
  return pointsRule(context, 'gold.points', context.ruleset.points.gold);
}

/** gold.competency: a competency attained by asOf, and a chosen competency and specialization. */
export function competencyRule(context: RuleContext): Requirement {
  const attained = context.membership.competencies.filter(
    (c) => c.attainedOn !== null && c.attainedOn <= context.asOf,
  );
  const attainedText =
    attained.length === 0
      ? `no competency attained by ${context.asOf}`
      : `attained: ${nameListOf(attained, (c) => `${c.name} (${c.attainedOn})`, 5)}`;
  if (attained.length === 0) {
    return requirement(context, 'gold.competency', 'unmet', `${context.label}: ${attainedText}.`, {
      action: 'Attain a Microsoft competency and choose it, with a specialization, for this re-enrollment',
    });
  }
  if (context.chosen === null) {
    return requirement(
      context,
      'gold.competency',
      'unmet',
      `${context.label}: ${attainedText}; no competency and specialization chosen for this re-enrollment.`,
      { action: `Choose a competency and specialization, for example ${attained[0]?.name}` },
    );
  }
  return requirement(
    context,
    'gold.competency',
    'met',
    `${context.label}: ${attainedText}; chosen: ${context.chosen.label}.`,
  );
}
