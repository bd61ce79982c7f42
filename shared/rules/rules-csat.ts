/**
 * gold.csat (shared/rules/README.md, gold.csat): Customer Satisfaction Index participation, tested
 * on the earliest day the partner can re-enroll, max(asOf, opensOn). A Gold re-enrollment from the
 * ruleset's `requiredFrom` on needs a survey within the 12 months before it with enough counted
 * responses; before that date a failing test is only advisory, or at-risk when the window runs
 * past it.
 */
import { addDays, addMonths, type IsoDate } from '../dates';
import { humanDate } from '../vocabulary/dates';
import type { RuleContext } from './context';
import { passingEdge, surveysInLookback, type SurveyCount } from './csat-count';
import { requirement } from './requirement';
import type { Requirement, RequirementAbout } from './types';
import { capitalize, more, nameList } from './wording';

export {
  countSurvey,
  customerKey,
  inLookback,
  lookbackEdge,
  passingEdge,
  surveysInLookback,
  type SurveyCount,
} from './csat-count';

/** The earliest day the membership can re-enroll: the window's first day, or asOf once it is open. */
export function earliestReenrollment(context: RuleContext): IsoDate {
  const opensOn = addDays(context.expiresOn, -context.ruleset.windowDays);
  return context.asOf > opensOn ? context.asOf : opensOn;
}

/** The last day before the CSAT rule applies, when that change falls inside the window; else null. */
export function csatRuleChangeDeadline(context: RuleContext): IsoDate | null {
  const { requiredFrom } = context.ruleset.csat;
  const earliest = earliestReenrollment(context);
  return earliest < requiredFrom && requiredFrom <= context.expiresOn ? addDays(requiredFrom, -1) : null;
}

function aboutOf(best: SurveyCount | undefined, testedOn: IsoDate): RequirementAbout {
  if (best === undefined) return { testedOn };
  const { survey } = best;
  return {
    testedOn,
    surveys: [{ id: survey.id, participatedOn: survey.participatedOn }],
    customers: best.customers,
  };
}

/** gold.csat. */
export function csatRule(context: RuleContext): Requirement {
  const { ruleset, expiresOn } = context;
  const { responsesRequired, requiredFrom, maxPerCustomer, lookbackMonths } = ruleset.csat;
  const earliest = earliestReenrollment(context);
  const surveys = surveysInLookback(context.membership.csatSurveys, earliest, ruleset);
  const best = surveys[0];
  const actual = best?.counted ?? 0;
  const required = earliest >= requiredFrom;
  const changesInWindow = !required && requiredFrom <= expiresOn;
  const extras = {
    actual,
    required: responsesRequired,
    about: aboutOf(best, earliest),
    uses: { responsesRequired, maxPerCustomer, lookbackMonths, requiredFrom },
    blocking: required ? undefined : false,
  };
  const since = addMonths(earliest, -lookbackMonths);
  const bestText = best
    ? `best survey in the ${lookbackMonths} months since ${humanDate(since)}: the survey of ${humanDate(best.survey.participatedOn)} with ${actual} counted responses (${best.summary})`
    : `no survey in the ${lookbackMonths} months since ${humanDate(since)}`;
  const when = required
    ? `required for a Gold re-enrollment on ${humanDate(earliest)}, the earliest possible`
    : `required for Gold re-enrollments from ${humanDate(requiredFrom)}`;
  const detail = `Customer Satisfaction Index, ${when}: ${bestText}; ${responsesRequired} needed, at most ${maxPerCustomer} per customer.`;
  const survey = `a Customer Satisfaction Index survey and collect ${responsesRequired} responses, at most ${maxPerCustomer} per customer`;

  if (best && actual >= responsesRequired) {
    const edge = (passingEdge(surveys, ruleset) as { lastDay: IsoDate }).lastDay;
    const lastsThrough =
      passingEdge(surveysInLookback(context.membership.csatSurveys, context.horizon, ruleset), ruleset) !==
      null;
    // Only a re-enrollment on or after requiredFrom needs the survey, so only then can it lapse.
    if (!lastsThrough && (required || changesInWindow)) {
      return requirement(
        context,
        'gold.csat',
        'at-risk',
        `${detail} It leaves the ${lookbackMonths}-month window after ${humanDate(edge)}, before the enrollment expires on ${humanDate(expiresOn)}.`,
        {
          ...extras,
          dueOn: edge,
          action: `Take part in a new ${survey.replace(/^a /, '')} by ${humanDate(edge)}`,
        },
      );
    }
    return requirement(context, 'gold.csat', 'met', detail, extras);
  }

  const missing = responsesRequired - actual;
  const fromOthers =
    best && best.capped.length > 0 ? ` from a customer other than ${nameList(best.capped)}` : '';
  const inBest = best
    ? `${more(missing, 'CSAT response')}${fromOthers} in the survey of ${humanDate(best.survey.participatedOn)}`
    : null;
  const action = inBest
    ? `${capitalize(inBest)}, or a new survey with ${responsesRequired} responses, at most ${maxPerCustomer} per customer`
    : `Take part in ${survey}`;
  if (changesInWindow) {
    const lastDay = addDays(requiredFrom, -1);
    return requirement(
      context,
      'gold.csat',
      'at-risk',
      `${detail} A Gold re-enrollment after ${humanDate(lastDay)} needs it.`,
      {
        ...extras,
        dueOn: lastDay,
        action: `Re-enroll by ${humanDate(lastDay)}, or ${inBest ? `collect ${inBest}` : `take part in ${survey}`}`,
      },
    );
  }
  if (!required) return requirement(context, 'gold.csat', 'advisory', detail, { ...extras, action });
  return requirement(context, 'gold.csat', 'unmet', detail, {
    ...extras,
    dueOn: expiresOn >= context.asOf ? expiresOn : null,
    action,
  });
}
