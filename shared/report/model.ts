/**
 * Builds the report model from a membership and its evaluation. Pure: the generation time and
 * the preparer come in through the stamp, so the same inputs always give the same report.
 */
import type { Membership } from '../interchange/schema';
import type { Evaluation, MembershipEvaluation, RequirementId } from '../rules/types';
import { attainedCompetencies } from '../rules/points';
import type { RulesetNumbers } from '../rules/ruleset';
import { csatReport } from './csat';
import type {
  MembershipReport,
  Report,
  ReportDeadline,
  ReportPoints,
  ReportReference,
  ReportStamp,
  RosterEntry,
} from './model-types';
import { deadlineUids } from './uid';

/** The report of one membership; the evaluation's ruleset supplies the thresholds shown beside the figures. */
export function buildMembershipReport(
  membership: Membership,
  evaluation: MembershipEvaluation,
  stamp: ReportStamp,
): MembershipReport {
  const ruleset = evaluation.rules;
  const competencyNames = new Map(membership.competencies.map((c) => [c.id, c.name]));
  const admin = evaluation.requirements.find((r) => r.id === 'admin.global-program-administrator');
  // A stable sort by date alone: same-day deadlines keep the evaluator's order.
  const deadlines = [...evaluation.deadlines].sort((a, b) =>
    a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0,
  );
  const uids = deadlineUids(membership.id, deadlines);
  const organization = membership.organization;
  const titles = new Map(evaluation.requirements.map((r) => [r.id, r.title]));
  return {
    id: membership.id,
    organization: {
      name: organization.name,
      partnerId: organization.partnerId,
      location: organization.location,
      country: organization.country,
    },
    level: membership.level,
    targetLevel: membership.targetLevel,
    asOf: stamp.asOf,
    window: evaluation.window,
    primaryProgramContact: membership.contacts.primaryProgramContact,
    preparer: membership.contacts.preparer,
    mayReenroll: {
      allowed: admin ? admin.status === 'met' : membership.contacts.preparer.isGlobalProgramAdministrator,
      detail: admin?.detail ?? '',
    },
    ready: evaluation.ready,
    qualifies: evaluation.qualifies,
    points: pointsOf(membership, evaluation, stamp, ruleset),
    requirements: evaluation.requirements,
    gaps: evaluation.gaps,
    fallback: evaluation.fallback,
    // Written out rather than spread: thousands of deadlines, and a spread copies slowly.
    deadlines: deadlines.map((d, i): ReportDeadline => ({
      kind: d.kind,
      subject: d.subject,
      dueOn: d.dueOn,
      status: d.status,
      daysLeft: d.daysLeft,
      endangers: d.endangers,
      professionalId: d.professionalId,
      about: d.about,
      endangersTitle: d.endangers === null ? null : (titles.get(d.endangers) ?? null),
      uid: uids[i] as string,
    })),
    roster: membership.professionals.map((p): RosterEntry => ({
      id: p.id,
      name: p.name,
      mcpId: p.mcpId,
      associated: p.associated,
      links: p.links.map((link) => ({
        competency: competencyNames.get(link.competencyId) ?? link.competencyId,
        specialization: link.specialization,
      })),
      certifications: p.certifications,
    })),
    references: membership.references.map((r): ReportReference => ({
      id: r.id,
      customer: r.customer,
      status: r.status,
      requestedOn: r.requestedOn,
      acceptedOn: r.acceptedOn,
      expiresOn: r.expiresOn,
      competency: r.competencyId === null ? null : (competencyNames.get(r.competencyId) ?? r.competencyId),
      specialization: r.specialization,
    })),
    csat: csatReport(membership.csatSurveys, stamp.asOf, ruleset),
  };
}

function pointsOf(
  membership: Membership,
  evaluation: MembershipEvaluation,
  stamp: ReportStamp,
  ruleset: RulesetNumbers,
): ReportPoints {
  const requiredOf = (id: RequirementId, fallback: number) =>
    evaluation.requirements.find((r) => r.id === id)?.required ?? fallback;
  return {
    ...evaluation.points,
    competencyCount: attainedCompetencies(membership, stamp.asOf),
    thresholds: {
      certified: requiredOf('certified.points', ruleset.points.certified),
      gold: requiredOf('gold.points', ruleset.points.gold),
    },
  };
}

/**
 * The workspace report: every membership that has an evaluation, in the order of `memberships`.
 * The ruleset and asOf come from the evaluation.
 */
export function buildReport(
  memberships: readonly Membership[],
  evaluation: Evaluation,
  run: { readonly generatedAt: string; readonly preparer: string | null },
): Report {
  const stamp: ReportStamp = {
    ruleset: evaluation.ruleset,
    asOf: evaluation.asOf,
    generatedAt: run.generatedAt,
    preparer: run.preparer,
  };
  const byId = new Map(evaluation.memberships.map((e) => [e.id, e]));
  const reports: MembershipReport[] = [];
  for (const membership of memberships) {
    const evaluated = byId.get(membership.id);
    if (evaluated) reports.push(buildMembershipReport(membership, evaluated, stamp));
  }
  return { stamp, memberships: reports };
}

/** The preparers named in the memberships, distinct, joined: the default stamp preparer. */
export function preparerOf(memberships: readonly Membership[]): string | null {
  const names = [
    ...new Set(memberships.map((m) => m.contacts.preparer.name).filter((n): n is string => n !== null)),
  ];
  return names.length === 0 ? null : names.join(', ');
}
