/**
 * Reading memberships back into the exact normalized shape `parseInterchange` gives, with a
 * fixed number of queries (one per table) whatever the number of rows or memberships.
 */
import type Database from 'better-sqlite3';
import type { Level, ReferenceStatus } from '../../shared/interchange/fields';
import type { Membership, ManualStep, Steps } from '../../shared/interchange/schema';
import type { MembershipSummary } from '../../shared/ipc/contract';
import { statement } from './statements';

/** Which memberships a load covers: one id, a list of ids, or all of them. */
type Scope = { readonly one: string } | { readonly some: readonly string[] } | 'all';

function filter(scope: Scope, column: string): string {
  if (scope === 'all') return '1';
  return 'one' in scope ? `${column} = ?` : `${column} IN (SELECT value FROM json_each(?))`;
}

function params(scope: Scope): unknown[] {
  if (scope === 'all') return [];
  return 'one' in scope ? [scope.one] : [JSON.stringify(scope.some)];
}

type Row = Record<string, unknown>;

/** Rows grouped by membership, then (for child tables) by parent id, in position order. */
function grouped(db: Database.Database, scope: Scope, sql: (where: string) => string, parent?: string) {
  const rows = statement<unknown[], Row>(db, sql(filter(scope, 'membership_id'))).all(...params(scope));
  const byMembership = new Map<string, Map<string, Row[]>>();
  for (const row of rows) {
    const membershipId = row.membership_id as string;
    let byParent = byMembership.get(membershipId);
    if (!byParent) byMembership.set(membershipId, (byParent = new Map()));
    const key = parent ? (row[parent] as string) : '';
    const list = byParent.get(key);
    if (list) list.push(row);
    else byParent.set(key, [row]);
  }
  return (membershipId: string, parentId = ''): Row[] => byMembership.get(membershipId)?.get(parentId) ?? [];
}

const MEMBERSHIPS_SQL = (where: string) => `
  SELECT m.id, m.organization_name, m.partner_id, m.location, m.country, m.address, m.phone, m.website,
         m.level, m.target_level, m.started_on, m.expires_on, m.renewing_subscriber,
         c.primary_contact_name, c.primary_contact_email, c.preparer_name, c.preparer_is_global_admin,
         ch.membership_id AS chosen_set, ch.competency_id AS chosen_competency_id,
         ch.specialization AS chosen_specialization, a.score_percent, a.taken_on
  FROM memberships m
  LEFT JOIN contacts c ON c.membership_id = m.id
  LEFT JOIN chosen_competencies ch ON ch.membership_id = m.id
  LEFT JOIN maps_assessments a ON a.membership_id = m.id
  WHERE ${where} ORDER BY m.position`;

const ordered = (table: string, columns: string, parent?: string) => (where: string) =>
  `SELECT membership_id, ${columns} FROM ${table} WHERE ${where}
   ORDER BY membership_id, ${parent ? `${parent}, ` : ''}position`;

const STEP_NAMES = ['signIn', 'profileVerified', 'termsAgreed', 'termsSigned'] as const;

function loadScope(db: Database.Database, scope: Scope): Membership[] {
  const heads = statement<unknown[], Row>(db, MEMBERSHIPS_SQL(filter(scope, 'm.id'))).all(...params(scope));
  if (heads.length === 0) return [];
  const list = (table: string, columns: string) => grouped(db, scope, ordered(table, columns));
  const children = (table: string, parent: string, columns: string) =>
    grouped(db, scope, ordered(table, `${parent}, ${columns}`, parent), parent);
  const competencies = list('competencies', 'id, name, attained_on, other_requirements_met');
  const specializations = children('competency_specializations', 'competency_id', 'name');
  const professionals = list('professionals', 'id, name, mcp_id, associated');
  const links = children('professional_links', 'professional_id', 'competency_id, specialization');
  const certifications = children(
    'certifications',
    'professional_id',
    'name, earned_on, expires_on, newer_exam_required_by',
  );
  const solutions = list('certified_solutions', 'id, name, tested_on, expires_on');
  const references = list(
    'customer_references',
    'id, customer, status, requested_on, accepted_on, expires_on, competency_id, specialization',
  );
  const surveys = list('csat_surveys', 'id, participated_on');
  const responses = children('csat_responses', 'survey_id', 'customer, count');
  const otherPoints = list('other_points', 'id, description, points, earned_on');
  const steps = grouped(
    db,
    scope,
    (where) =>
      `SELECT membership_id, step, done, done_on, note, amount, currency FROM manual_steps WHERE ${where}`,
    'step',
  );

  return heads.map((m): Membership => {
    const id = m.id as string;
    const step = (name: string): ManualStep => {
      const row = steps(id, name)[0];
      return row
        ? { done: row.done === 1, on: row.done_on as string | null, note: row.note as string | null }
        : { done: false, on: null, note: null };
    };
    const fee = steps(id, 'feePaid')[0];
    return {
      id,
      organization: {
        name: m.organization_name as string,
        partnerId: m.partner_id as string | null,
        location: m.location as string | null,
        country: m.country as string | null,
        address: m.address as string | null,
        phone: m.phone as string | null,
        website: m.website as string | null,
      },
      level: m.level as Level,
      targetLevel: m.target_level as Level,
      enrollment: { startedOn: m.started_on as string | null, expiresOn: m.expires_on as string },
      renewingSubscriber: m.renewing_subscriber === 1,
      contacts: {
        primaryProgramContact: {
          name: (m.primary_contact_name ?? null) as string | null,
          email: (m.primary_contact_email ?? null) as string | null,
        },
        preparer: {
          name: (m.preparer_name ?? null) as string | null,
          isGlobalProgramAdministrator: m.preparer_is_global_admin === 1,
        },
      },
      chosen:
        m.chosen_set === null
          ? null
          : {
              competencyId: m.chosen_competency_id as string | null,
              specialization: m.chosen_specialization as string | null,
            },
      competencies: competencies(id).map((c) => ({
        id: c.id as string,
        name: c.name as string,
        attainedOn: c.attained_on as string | null,
        specializations: specializations(id, c.id as string).map((s) => s.name as string),
        otherRequirementsMet: c.other_requirements_met === 1,
      })),
      professionals: professionals(id).map((p) => ({
        id: p.id as string,
        name: p.name as string,
        mcpId: p.mcp_id as string | null,
        associated: p.associated === 1,
        links: links(id, p.id as string).map((l) => ({
          competencyId: l.competency_id as string,
          specialization: l.specialization as string,
        })),
        certifications: certifications(id, p.id as string).map((c) => ({
          name: c.name as string,
          earnedOn: c.earned_on as string,
          expiresOn: c.expires_on as string | null,
          newerExamRequiredBy: c.newer_exam_required_by as string | null,
        })),
      })),
      certifiedSolutions: solutions(id).map((s) => ({
        id: s.id as string,
        name: s.name as string,
        testedOn: s.tested_on as string,
        expiresOn: s.expires_on as string | null,
      })),
      references: references(id).map((r) => ({
        id: r.id as string,
        customer: r.customer as string,
        status: r.status as ReferenceStatus,
        requestedOn: r.requested_on as string | null,
        acceptedOn: r.accepted_on as string | null,
        expiresOn: r.expires_on as string | null,
        competencyId: r.competency_id as string | null,
        specialization: r.specialization as string | null,
      })),
      csatSurveys: surveys(id).map((v) => ({
        id: v.id as string,
        participatedOn: v.participated_on as string,
        responses: responses(id, v.id as string).map((r) => ({
          customer: r.customer as string,
          count: r.count as number,
        })),
      })),
      otherPoints: otherPoints(id).map((o) => ({
        id: o.id as string,
        description: o.description as string,
        points: o.points as number,
        earnedOn: o.earned_on as string | null,
      })),
      mapsAssessment:
        m.score_percent === null
          ? null
          : { scorePercent: m.score_percent as number, takenOn: m.taken_on as string | null },
      steps: {
        ...(Object.fromEntries(STEP_NAMES.map((name) => [name, step(name)])) as Omit<Steps, 'feePaid'>),
        feePaid: fee
          ? {
              done: fee.done === 1,
              on: fee.done_on as string | null,
              note: fee.note as string | null,
              amount: fee.amount as number | null,
              currency: fee.currency as string | null,
            }
          : { done: false, on: null, note: null, amount: null, currency: null },
      },
    };
  });
}

/** One membership with everything in it, or null when there is no such id. */
export function loadMembership(db: Database.Database, id: string): Membership | null {
  return loadScope(db, { one: id })[0] ?? null;
}

/** The given memberships (in workspace order), or all of them. */
export function loadMemberships(db: Database.Database, ids?: readonly string[]): Membership[] {
  return loadScope(db, ids === undefined ? 'all' : { some: ids });
}

/** The rows of the organization/location drop-down, in workspace order. */
export function listMembershipSummaries(db: Database.Database): MembershipSummary[] {
  return statement<[], Row>(
    db,
    `SELECT id, organization_name, location, level, target_level, expires_on FROM memberships ORDER BY position`,
  )
    .all()
    .map((row) => ({
      id: row.id as string,
      organizationName: row.organization_name as string,
      location: row.location as string | null,
      level: row.level as Level,
      targetLevel: row.target_level as Level,
      expiresOn: row.expires_on as string,
    }));
}

/** True when a membership with this id exists. */
export function membershipExists(db: Database.Database, id: string): boolean {
  return statement(db, 'SELECT 1 FROM memberships WHERE id = ?').get(id) !== undefined;
}
