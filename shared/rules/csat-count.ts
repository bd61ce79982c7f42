/**
 * Counting a Customer Satisfaction Index survey: responses per customer organization, at most the
 * ruleset's cap from any one. Customers are the same organization when their names match ignoring
 * case, accents and surrounding or repeated spaces (shared/rules/README.md, "CSAT customers").
 */
import { addMonths, type IsoDate } from '../dates';
import type { CsatSurvey } from '../interchange/schema';
import type { RulesetNumbers } from './ruleset';

/** One customer organization of a survey, with every spelling it was written under. */
export interface CustomerCount {
  /** The first spelling met in the survey. */
  readonly customer: string;
  /** Every distinct spelling, the first one included, in the order met. */
  readonly spellings: readonly string[];
  readonly responses: number;
  /** Responses counted after the cap. */
  readonly counted: number;
}

export interface SurveyCount {
  readonly survey: CsatSurvey;
  /** Responses counted after the per-customer cap. */
  readonly counted: number;
  /** Customers already at the cap (their first spelling). */
  readonly capped: readonly string[];
  readonly customers: readonly CustomerCount[];
  /** `Contoso 8 of 9, Tailspin 3` — for people; consumers building other text use `customers`. */
  readonly summary: string;
}

/** The key two spellings of one customer share: no accents, lower case, single inner spaces. */
export function customerKey(name: string): string {
  // A plain ASCII name (most of them) has no accent to take off: its decomposition is itself.
  const bare = isAscii(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return bare.toLowerCase().trim().replace(/\s+/g, ' ');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** `Contoso 8 of 16 (also written "contoso", "CONTOSO")`. */
export function customerSummary(c: CustomerCount): string {
  const amount = c.responses > c.counted ? `${c.counted} of ${c.responses}` : `${c.responses}`;
  const others = c.spellings.slice(1).map((s) => `"${s}"`);
  return `${c.customer} ${amount}${others.length > 0 ? ` (also written ${others.join(', ')})` : ''}`;
}

/** A survey's counted responses: per customer organization (summed over spellings) at most the cap. */
export function countSurvey(survey: CsatSurvey, ruleset: RulesetNumbers): SurveyCount {
  const cap = ruleset.csat.maxPerCustomer;
  const byKey = new Map<string, { customer: string; spellings: string[]; responses: number }>();
  for (const response of survey.responses) {
    const key = customerKey(response.customer);
    const entry = byKey.get(key);
    if (entry === undefined) {
      byKey.set(key, {
        customer: response.customer,
        spellings: [response.customer],
        responses: response.count,
      });
      continue;
    }
    entry.responses += response.count;
    if (!entry.spellings.includes(response.customer)) entry.spellings.push(response.customer);
  }
  let counted = 0;
  const capped: string[] = [];
  const customers: CustomerCount[] = [];
  for (const entry of byKey.values()) {
    const c = { ...entry, counted: Math.min(entry.responses, cap) };
    counted += c.counted;
    if (entry.responses >= cap) capped.push(entry.customer);
    customers.push(c);
  }
  const summary = customers.length > 0 ? customers.map(customerSummary).join(', ') : 'no responses';
  return { survey, counted, capped, customers, summary };
}

/** on − 12 months ≤ participatedOn ≤ on. */
export function inLookback(participatedOn: IsoDate, on: IsoDate, ruleset: RulesetNumbers): boolean {
  return addMonths(on, -ruleset.csat.lookbackMonths) <= participatedOn && participatedOn <= on;
}

/** The last day a survey still counts: participatedOn + 12 months. */
export function lookbackEdge(participatedOn: IsoDate, ruleset: RulesetNumbers): IsoDate {
  return addMonths(participatedOn, ruleset.csat.lookbackMonths);
}

/** The surveys in the lookback at `on`, best count first (latest first among equals). */
export function surveysInLookback(
  surveys: readonly CsatSurvey[],
  on: IsoDate,
  ruleset: RulesetNumbers,
): SurveyCount[] {
  return surveys
    .filter((s) => inLookback(s.participatedOn, on, ruleset))
    .map((s) => countSurvey(s, ruleset))
    .sort((a, b) => b.counted - a.counted || (a.survey.participatedOn < b.survey.participatedOn ? 1 : -1));
}

/** The passing survey that counts longest, and its last counting day; null when none passes. */
export function passingEdge(
  surveys: readonly SurveyCount[],
  ruleset: RulesetNumbers,
): { readonly survey: CsatSurvey; readonly lastDay: IsoDate } | null {
  let edge: { survey: CsatSurvey; lastDay: IsoDate } | null = null;
  for (const s of surveys) {
    if (s.counted < ruleset.csat.responsesRequired) continue;
    const lastDay = lookbackEdge(s.survey.participatedOn, ruleset);
    if (edge === null || lastDay > edge.lastDay) edge = { survey: s.survey, lastDay };
  }
  return edge;
}
