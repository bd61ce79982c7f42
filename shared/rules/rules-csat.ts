/**
 * gold.csat (DESIGN §3.2): a Customer Satisfaction Index survey within the 12 months up to asOf
 * with enough responses, counting at most a capped number per customer organization. Required
 * from the ruleset's effective date; advisory before it.
 */
import { addMonths, type IsoDate } from '../dates';
import type { CsatSurvey } from '../interchange/schema';
import type { RuleContext } from './context';
import type { Ruleset } from './ruleset';
import { requirement } from './requirement';
import type { Requirement } from './types';
import { capitalize, more, nameList } from './wording';

export interface SurveyCount {
  readonly survey: CsatSurvey;
  /** Responses counted after the per-customer cap. */
  readonly counted: number;
  /** Customers already at the cap. */
  readonly capped: readonly string[];
  /** `Contoso 8 of 9, Tailspin 3`. */
  readonly summary: string;
}

/** A survey's counted responses: per customer (summed if listed twice) at most the cap. */
export function countSurvey(survey: CsatSurvey, ruleset: Ruleset): SurveyCount {
  const cap = ruleset.csat.maxPerCustomer;
  const byCustomer = new Map<string, number>();
  for (const response of survey.responses) {
    byCustomer.set(response.customer, (byCustomer.get(response.customer) ?? 0) + response.count);
  }
  let counted = 0;
  const capped: string[] = [];
  const parts: string[] = [];
  for (const [customer, responses] of byCustomer) {
    counted += Math.min(responses, cap);
    if (responses >= cap) capped.push(customer);
    parts.push(responses > cap ? `${customer} ${cap} of ${responses}` : `${customer} ${responses}`);
  }
  return { survey, counted, capped, summary: parts.length > 0 ? parts.join(', ') : 'no responses' };
}

/** asOf − 12 months ≤ participatedOn ≤ asOf. */
export function inLookback(participatedOn: IsoDate, on: IsoDate, ruleset: Ruleset): boolean {
  return addMonths(on, -ruleset.csat.lookbackMonths) <= participatedOn && participatedOn <= on;
}

/** The last day a survey still counts: participatedOn + 12 months. */
export function lookbackEdge(participatedOn: IsoDate, ruleset: Ruleset): IsoDate {
  return addMonths(participatedOn, ruleset.csat.lookbackMonths);
}

/** The surveys in the lookback at `on`, best count first (latest first among equals). */
export function surveysInLookback(
  surveys: readonly CsatSurvey[],
  on: IsoDate,
  ruleset: Ruleset,
): SurveyCount[] {
  return surveys
    .filter((s) => inLookback(s.participatedOn, on, ruleset))
    .map((s) => countSurvey(s, ruleset))
    .sort((a, b) => b.counted - a.counted || (a.survey.participatedOn < b.survey.participatedOn ? 1 : -1));
}

/** The passing survey that counts longest, and its last counting day; null when none passes. */
export function passingEdge(
  surveys: readonly SurveyCount[],
  ruleset: Ruleset,
): { readonly survey: CsatSurvey; readonly lastDay: IsoDate } | null {
  let edge: { survey: CsatSurvey; lastDay: IsoDate } | null = null;
  for (const s of surveys) {
    if (s.counted < ruleset.csat.responsesRequired) continue;
    const lastDay = lookbackEdge(s.survey.participatedOn, ruleset);
    if (edge === null || lastDay > edge.lastDay) edge = { survey: s.survey, lastDay };
  }
  return edge;
}

/** gold.csat. */
export function csatRule(context: RuleContext): Requirement {
  const { ruleset, asOf, horizon, expiresOn } = context;
  const { responsesRequired, requiredFrom, maxPerCustomer, lookbackMonths } = ruleset.csat;
  const surveys = surveysInLookback(context.membership.csatSurveys, asOf, ruleset);
  const best = surveys[0];
  const actual = best?.counted ?? 0;
  const numbers = { actual, required: responsesRequired };
  const required = asOf >= requiredFrom;
  const since = addMonths(asOf, -lookbackMonths);
  const bestText = best
    ? `best survey in the ${lookbackMonths} months since ${since}: ${best.survey.id} of ${best.survey.participatedOn} with ${actual} counted responses (${best.summary})`
    : `no survey in the ${lookbackMonths} months since ${since}`;
  const when = required
    ? `required for Gold since ${requiredFrom}`
    : `required for Gold re-enrollments from ${requiredFrom}`;
  const detail = `Customer Satisfaction Index, ${when}: ${bestText}; ${responsesRequired} needed, at most ${maxPerCustomer} per customer.`;

  if (best && actual >= responsesRequired) {
    const edge = (passingEdge(surveys, ruleset) as { lastDay: IsoDate }).lastDay;
    const stillRequired = horizon >= requiredFrom;
    if (
      stillRequired &&
      passingEdge(surveysInLookback(context.membership.csatSurveys, horizon, ruleset), ruleset) === null
    ) {
      return requirement(
        context,
        'gold.csat',
        'at-risk',
        `${detail} It leaves the ${lookbackMonths}-month window after ${edge}, before ${expiresOn}.`,
        {
          ...numbers,
          blocking: required ? undefined : false,
          dueOn: edge,
          action: `Take part in a new Customer Satisfaction Index survey by ${edge} and collect ${responsesRequired} responses, at most ${maxPerCustomer} per customer`,
        },
      );
    }
    return requirement(context, 'gold.csat', 'met', detail, {
      ...numbers,
      blocking: required ? undefined : false,
    });
  }

  const missing = responsesRequired - actual;
  const action = best
    ? `${capitalize(more(missing, 'CSAT response'))}${best.capped.length > 0 ? ` from a customer other than ${nameList(best.capped)}` : ''} in survey ${best.survey.id}, or a new survey with ${responsesRequired} responses, at most ${maxPerCustomer} per customer`
    : `Take part in a Customer Satisfaction Index survey and collect ${responsesRequired} responses, at most ${maxPerCustomer} per customer`;
  if (!required) {
    return requirement(context, 'gold.csat', 'advisory', detail, { ...numbers, action });
  }
  return requirement(context, 'gold.csat', 'unmet', detail, {
    ...numbers,
    dueOn: expiresOn >= asOf ? expiresOn : null,
    action,
  });
}
