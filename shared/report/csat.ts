/**
 * CSAT counts as the report shows them: per survey and per customer, with the per-customer cap
 * applied, and whether the survey falls within the months `gold.csat` looks back over.
 */
import { addMonths, type IsoDate } from '../dates';
import type { CsatSurvey } from '../interchange/schema';
import { inLookback } from '../rules/rules-csat';
import type { RulesetNumbers } from '../rules/ruleset';
import type { CsatCustomerCount, CsatReport, CsatSurveyReport } from './model-types';

/** The CSAT section of a report, surveys newest first. */
export function csatReport(
  surveys: readonly CsatSurvey[],
  asOf: IsoDate,
  ruleset: RulesetNumbers,
): CsatReport {
  const rules = ruleset.csat;
  const windowStartsOn = addMonths(asOf, -rules.lookbackMonths);
  const reports = surveys.map((survey): CsatSurveyReport => {
    const customers = countByCustomer(survey, rules.maxPerCustomer);
    return {
      id: survey.id,
      participatedOn: survey.participatedOn,
      inWindow: inLookback(survey.participatedOn, asOf, ruleset),
      customers,
      received: customers.reduce((sum, c) => sum + c.received, 0),
      counted: customers.reduce((sum, c) => sum + c.counted, 0),
    };
  });
  reports.sort((a, b) =>
    a.participatedOn < b.participatedOn ? 1 : a.participatedOn > b.participatedOn ? -1 : 0,
  );
  return {
    perCustomerCap: rules.maxPerCustomer,
    responsesRequired: rules.responsesRequired,
    windowStartsOn,
    surveys: reports,
  };
}

/**
 * One customer listed twice in a survey is one customer organization for the cap, matched by
 * name exactly as the gold.csat rule matches it, so the report's counts are the rule's counts.
 */
function countByCustomer(survey: CsatSurvey, cap: number): CsatCustomerCount[] {
  const totals = new Map<string, number>();
  for (const response of survey.responses) {
    totals.set(response.customer, (totals.get(response.customer) ?? 0) + response.count);
  }
  return [...totals].map(([customer, received]) => ({
    customer,
    received,
    counted: Math.min(received, cap),
  }));
}
