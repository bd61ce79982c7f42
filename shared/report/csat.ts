/**
 * CSAT counts as the report shows them: per survey and per customer, with the per-customer cap
 * applied, and whether the survey falls within the months `gold.csat` looks back over.
 */
import { addMonths, type IsoDate } from '../dates';
import type { CsatSurvey } from '../interchange/schema';
import { customerKey, inLookback } from '../rules/rules-csat';
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
    lookbackMonths: rules.lookbackMonths,
    windowStartsOn,
    surveys: reports,
  };
}

/**
 * One customer listed twice in a survey is one customer organization for the cap, matched as the
 * gold.csat rule matches names (case, accents and spaces ignored; shared/rules/README.md, "CSAT
 * customers") and named by its first spelling, so the report's counts are the rule's counts.
 */
function countByCustomer(survey: CsatSurvey, cap: number): CsatCustomerCount[] {
  const totals = new Map<string, { customer: string; received: number }>();
  for (const response of survey.responses) {
    const key = customerKey(response.customer);
    const total = totals.get(key) ?? { customer: response.customer, received: 0 };
    total.received += response.count;
    totals.set(key, total);
  }
  return [...totals.values()].map(({ customer, received }) => ({
    customer,
    received,
    counted: Math.min(received, cap),
  }));
}
