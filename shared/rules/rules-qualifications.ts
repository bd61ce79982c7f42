/**
 * The assessment, points and competency rules (DESIGN §3.2): thresholds from the ruleset, the
 * detail naming the figures, and the smallest way to close a shortfall.
 */
import type { RuleContext } from './context';
import { pointsAction } from './points';
import { requirement } from './requirement';
import type { Requirement } from './types';
import { humanDate } from '../vocabulary/dates';
import { nameList } from './wording';

/** registered.maps-assessment: met at the pass mark, waived for renewing subscribers until late 2009. */
export function mapsAssessmentRule(context: RuleContext): Requirement {
  const { passPercent, renewingWaivedThrough } = context.ruleset.maps;
  const assessment = context.membership.mapsAssessment;
  const taken = assessment?.takenOn ? ` on ${humanDate(assessment.takenOn)}` : '';
  const uses = { passPercent, renewingWaivedThrough };
  const numbers = assessment
    ? { actual: assessment.scorePercent, required: passPercent, uses }
    : { required: passPercent, uses };
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
      `The assessment is suspended for renewing subscribers until ${humanDate(renewingWaivedThrough)}.`,
      {
        ...numbers,
        dueOn: renewingWaivedThrough,
        action: `${pass}; the suspension ends after ${humanDate(renewingWaivedThrough)}`,
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
  const { perCompetency, firstCompetencyBonus } = context.ruleset.points;
  const uses = { pointsRequired: needed, perCompetency, firstCompetencyBonus };
  if (total >= needed) {
    return requirement(context, id, 'met', `${context.label} has ${breakdown}; ${needed} needed.`, {
      actual: total,
      required: needed,
      uses,
    });
  }
  return requirement(context, id, 'unmet', `${context.label} has ${breakdown}; ${needed} needed.`, {
    actual: total,
    required: needed,
    uses,
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

/**
 * gold.competency: a competency and specialization chosen for this re-enrollment, the chosen
 * competency attained on or before asOf, and the specialization one it offers.
 */
export function competencyRule(context: RuleContext): Requirement {
  const { asOf, chosen } = context;
  const attained = context.membership.competencies.filter(
    (c) => c.attainedOn !== null && c.attainedOn <= asOf,
  );
  const example = attained.find((c) => c.id !== chosen?.competency.id);
  if (chosen === null) {
    if (attained.length === 0) {
      return requirement(
        context,
        'gold.competency',
        'unmet',
        `${context.label}: no competency attained by ${humanDate(asOf)} and none chosen.`,
        {
          action:
            'Attain a Microsoft competency and choose it, with a specialization, for this re-enrollment',
        },
      );
    }
    return requirement(
      context,
      'gold.competency',
      'unmet',
      `${context.label}: no competency and specialization chosen for this re-enrollment.`,
      { action: `Choose a competency and specialization, for example ${attained[0]?.name}` },
    );
  }
  const { competency, specialization } = chosen;
  const about = { competency: { id: competency.id, name: competency.name, specialization } };
  if (competency.attainedOn === null || competency.attainedOn > asOf) {
    const when =
      competency.attainedOn === null
        ? 'not attained yet'
        : `attained only on ${humanDate(competency.attainedOn)}`;
    return requirement(
      context,
      'gold.competency',
      'unmet',
      `The chosen competency, ${competency.name}, is ${when} (as of ${humanDate(asOf)}).`,
      {
        about,
        action: `Attain ${competency.name}${example ? `, or choose a competency already attained, for example ${example.name}` : ''}`,
      },
    );
  }
  if (!competency.specializations.includes(specialization)) {
    const offered = competency.specializations.length > 0 ? nameList(competency.specializations) : 'none';
    return requirement(
      context,
      'gold.competency',
      'unmet',
      `${competency.name} does not offer the chosen specialization ${specialization} (it offers ${offered}).`,
      {
        about,
        action: `Choose a specialization that ${competency.name} offers`,
      },
    );
  }
  return requirement(
    context,
    'gold.competency',
    'met',
    `${context.label}: chosen ${chosen.label}, attained on ${humanDate(competency.attainedOn)}.`,
    { about },
  );
}
