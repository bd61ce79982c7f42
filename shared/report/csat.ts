/**
 * CSAT counts as the report shows them: per survey and per customer, with the per-customer cap
 * applied, and whether the survey falls within the months `gold.csat` looks back over.
 */
import { addMonths, type IsoDate } from '../dates';
import type { CsatSurvey } from '../interchange/schema';
import type { Ruleset } from '../rules/ruleset';
import type { CsatCustomerCount, CsatReport, CsatSurveyReport } from './model-types';

/** The CSAT section of a report, surveys newest first. */
export function csatReport(surveys: readonly CsatSurvey[], asOf: IsoDate, ruleset: Ruleset): CsatReport {
  const rules = ruleset.csat;
  const windowStartsOn = addMonths(asOf, -rules.lookbackMonths);
  const reports = surveys.map((survey): CsatSurveyReport => {
    const customers = countByCustomer(survey, rules.maxPerCustomer);
    return {
      id: survey.id,
      participatedOn: survey.participatedOn,
      inWindow: windowStartsOn <= survey.participatedOn && survey.participatedOn <= asOf,
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

/** One customer listed twice in a survey is still one customer organization for the cap. */
function countByCustomer(survey: CsatSurvey, cap: number): CsatCustomerCount[] {
  const totals = new Map<string, { customer: string; received: number }>();
  for (const response of survey.responses) {
    const key = response.customer.trim().toLowerCase();
    const entry = totals.get(key);
    if (entry) entry.received += response.count;
    else totals.set(key, { customer: response.customer, received: response.count });
  }
  return [...totals.values()].map((t) => ({ ...t, counted: Math.min(t.received, cap) }));
}
