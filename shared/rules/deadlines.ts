/**
 * Every dated obligation of a membership (shared/rules/README.md), with a status: `overdue` once past,
 * `before-expiry` when it falls before the enrollment expires and puts a requirement at risk,
 * `soon` within the ruleset's days, `ok` otherwise.
 */
import { addDays, addMonths, toEpochDay, type IsoDate } from '../dates';
import type { RuleContext } from './context';
import { lapsingBefore } from './rules-mcps';
import { csatRuleChangeDeadline, passingEdge, surveysInLookback } from './rules-csat';
import { humanDate } from '../vocabulary/dates';
import { currentReferences, requestByDate } from './rules-references';
import type { Standing } from './currency';
import type { Deadline, DeadlineAbout, DeadlineKind, Requirement, RequirementId } from './types';

const KIND_ORDER: Readonly<Record<DeadlineKind, number>> = {
  'window-opens': 0,
  'enrollment-expires': 1,
  'newer-exam-required': 2,
  'certification-expires': 3,
  'reference-request-by': 4,
  'reference-expires': 5,
  'csat-12-month-edge': 6,
  'solution-expires': 7,
  'rule-change': 8,
};

/** The deadlines of one membership, by date, then kind, then the order of the data. */
export function membershipDeadlines(context: RuleContext, requirements: readonly Requirement[]): Deadline[] {
  const { asOf, expiresOn, horizon, membership, ruleset } = context;
  const atRisk = new Set<RequirementId>(requirements.filter((r) => r.status === 'at-risk').map((r) => r.id));
  // Dates before this enrollment period are history, not obligations; enrollments run a year.
  const periodStart = membership.enrollment.startedOn ?? addMonths(expiresOn, -12);
  const out: Deadline[] = [];
  const asOfDay = toEpochDay(asOf);
  const { organization } = membership;
  const own = { id: membership.id, name: organization.name, location: organization.location };
  // `about` names the membership itself (`own`), built once per item by the caller: a large
  // membership has tens of thousands of these, and each copy or spread was garbage to collect.
  const add = (
    kind: DeadlineKind,
    subject: string,
    dueOn: IsoDate,
    endangers: RequirementId | null,
    about: DeadlineAbout = { membership: own },
  ) => {
    // Arithmetic on the date's digits (dates.ts): cheaper than a map of the days already counted.
    const daysLeft = toEpochDay(dueOn) - asOfDay;
    const status =
      daysLeft < 0
        ? kind === 'window-opens'
          ? 'ok'
          : 'overdue'
        : endangers !== null && dueOn < expiresOn
          ? 'before-expiry'
          : daysLeft <= ruleset.deadlines.soonDays
            ? 'soon'
            : 'ok';
    const professionalId = about.professional?.id ?? null;
    out.push({
      kind,
      subject,
      dueOn,
      status,
      daysLeft,
      endangers,
      professionalId,
      about,
    });
  };

  add(
    'window-opens',
    `${context.label}: re-enrollment window opens`,
    addDays(expiresOn, -ruleset.windowDays),
    null,
  );
  add('enrollment-expires', `${context.label}: enrollment expires`, expiresOn, null);

  // The professionals whose lapse endangers a requirement, with the standing that lapses.
  const endangered = new Map<string, { standing: Standing; id: RequirementId }>();
  if (atRisk.has('gold.mcps-or-solution')) {
    for (const mcp of lapsingBefore(context.associatedCurrent, horizon)) {
      endangered.set(mcp.professional.id, { standing: mcp.standing, id: 'gold.mcps-or-solution' });
    }
  }
  if (atRisk.has('gold.mcp-exams')) {
    for (const mcp of lapsingBefore(context.linkedCurrent, horizon)) {
      endangered.set(mcp.professional.id, { standing: mcp.standing, id: 'gold.mcp-exams' });
    }
  }
  // Only associated MCPs count for the membership, so only their dates are its obligations.
  for (const professional of membership.professionals) {
    if (!professional.associated) continue;
    const risk = endangered.get(professional.id);
    for (const certification of professional.certifications) {
      const { expiresOn: certExpires, newerExamRequiredBy: newerBy } = certification;
      const dated =
        (newerBy !== null && newerBy >= periodStart) || (certExpires !== null && certExpires >= periodStart);
      if (!dated) continue;
      const subject = `${professional.name} — ${certification.name}`;
      // Shared by the certification's two deadlines (read-only, printed the same in each).
      const who = {
        membership: own,
        professional: { id: professional.id, name: professional.name },
        certification: { name: certification.name },
      };
      const limits = risk !== undefined && risk.standing.certification === certification;
      if (newerBy !== null && newerBy >= periodStart) {
        const endangers = limits && risk.standing.by === 'newer-exam' ? risk.id : null;
        add('newer-exam-required', subject, newerBy, endangers, who);
      }
      if (certExpires !== null && certExpires >= periodStart) {
        const endangers = limits && risk.standing.by === 'expiry' ? risk.id : null;
        add('certification-expires', subject, certExpires, endangers, who);
      }
    }
  }

  const referencesAtRisk = atRisk.has('gold.references-current');
  const endangeredReferences = new Set(
    referencesAtRisk
      ? currentReferences(context)
          .filter((r) => r.expiresOn !== null && r.expiresOn < horizon)
          .map((r) => r.id)
      : [],
  );
  for (const reference of membership.references) {
    if (reference.status !== 'accepted' || reference.expiresOn === null || reference.expiresOn < periodStart)
      continue;
    const subject = `${reference.customer} reference`;
    const endangers = endangeredReferences.has(reference.id) ? 'gold.references-current' : null;
    const which = { membership: own, reference: { id: reference.id, customer: reference.customer } };
    add('reference-expires', subject, reference.expiresOn, endangers, which);
    if (reference.expiresOn < expiresOn) {
      add(
        'reference-request-by',
        `${subject}: request a replacement`,
        requestByDate(reference.expiresOn, context),
        endangers,
        which,
      );
    }
  }

  // Certified solutions carry gold.mcps-or-solution; the one whose lapse puts it at risk endangers it.
  const solutionsAtRisk = atRisk.has('gold.mcps-or-solution');
  for (const solution of membership.certifiedSolutions) {
    if (solution.expiresOn === null || solution.expiresOn < periodStart) continue;
    const endangers = solutionsAtRisk && solution.expiresOn < horizon ? 'gold.mcps-or-solution' : null;
    add('solution-expires', `${solution.name}: certification expires`, solution.expiresOn, endangers, {
      membership: own,
      solution: { id: solution.id, name: solution.name },
    });
  }

  const edge = passingEdge(surveysInLookback(membership.csatSurveys, asOf, ruleset), ruleset);
  if (edge !== null) {
    const { survey } = edge;
    const subject = `CSAT survey of ${humanDate(survey.participatedOn)} leaves the ${ruleset.csat.lookbackMonths}-month window`;
    add('csat-12-month-edge', subject, edge.lastDay, atRisk.has('gold.csat') ? 'gold.csat' : null, {
      membership: own,
      survey: { id: survey.id, participatedOn: survey.participatedOn },
    });
  }

  // A date-effective rule that starts inside the window: the last day under the old rule.
  const lastOldDay = membership.targetLevel === 'gold' ? csatRuleChangeDeadline(context) : null;
  if (lastOldDay !== null) {
    const csat = requirements.find((r) => r.id === 'gold.csat');
    add(
      'rule-change',
      `CSAT participation required for Gold re-enrollments from ${humanDate(ruleset.csat.requiredFrom)}`,
      lastOldDay,
      csat?.status === 'at-risk' ? 'gold.csat' : null,
      {
        membership: own,
        ruleChange: { requirement: 'gold.csat', effectiveOn: ruleset.csat.requiredFrom },
      },
    );
  }

  return byDateThenKind(out);
}

/** Above this many distinct sort keys a comparison sort is cheaper than counting. */
const MAX_BUCKETS = 1 << 20;

/**
 * Deadlines by date, then kind, then the order of the data. A counting sort on
 * daysLeft × kinds: linear for the thousands of MCP dates of a large membership, compares no
 * strings, and is stable.
 */
function byDateThenKind(deadlines: readonly Deadline[]): Deadline[] {
  const kinds = Object.keys(KIND_ORDER).length;
  let min = Infinity;
  let max = -Infinity;
  for (const d of deadlines) {
    if (d.daysLeft < min) min = d.daysLeft;
    if (d.daysLeft > max) max = d.daysLeft;
  }
  const key = (d: Deadline) => (d.daysLeft - min) * kinds + KIND_ORDER[d.kind];
  const buckets = (max - min + 1) * kinds;
  if (deadlines.length === 0 || buckets > MAX_BUCKETS) return [...deadlines].sort((a, b) => key(a) - key(b));
  const starts = new Uint32Array(buckets + 1);
  for (const d of deadlines) starts[key(d) + 1] += 1;
  for (let b = 1; b <= buckets; b += 1) starts[b] += starts[b - 1];
  const sorted = new Array<Deadline>(deadlines.length);
  for (const d of deadlines) sorted[starts[key(d)]++] = d;
  return sorted;
}
