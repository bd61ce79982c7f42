/**
 * Reading memberships back into the exact normalized shape `parseInterchange` gives, with a
 * fixed number of queries (one per table) whatever the number of rows or memberships. Each list
 * is read with its table description (`lists.ts`), each column with its type checked (`row.ts`).
 */
import type Database from 'better-sqlite3';
import type { Membership, ManualStep, Steps } from '../../shared/interchange/schema';
import type { EntityList, MembershipSummary } from '../../shared/ipc/contract';
import { LIST_SPECS, type Item } from './lists';
import { bool, integerOrNull, level, text, textOrNull, type Row } from './row';
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

/** Rows grouped by membership, then (for child tables) by parent id, in position order. */
function grouped(db: Database.Database, scope: Scope, sql: (where: string) => string, parent?: string) {
  const rows = statement<unknown[], Row>(db, sql(filter(scope, 'membership_id'))).all(...params(scope));
  const byMembership = new Map<string, Map<string, Row[]>>();
  for (const row of rows) {
    const membershipId = text(row, 'membership_id');
    let byParent = byMembership.get(membershipId);
    if (!byParent) byMembership.set(membershipId, (byParent = new Map()));
    const key = parent ? text(row, parent) : '';
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

/** Each list's items of a membership, read with its table description (`lists.ts`). */
function listReader<L extends EntityList>(db: Database.Database, scope: Scope, list: L) {
  const spec = LIST_SPECS[list];
  const rows = grouped(db, scope, ordered(spec.table, ['id', ...spec.columns].join(', ')));
  const children = spec.children.map((child) =>
    grouped(
      db,
      scope,
      ordered(child.table, [child.parentColumn, ...child.columns].join(', '), child.parentColumn),
      child.parentColumn,
    ),
  );
  return (membershipId: string): Item<L>[] =>
    rows(membershipId).map((row) => {
      const id = text(row, 'id');
      return spec.read(row, (index) => children[index]?.(membershipId, id) ?? []);
    });
}

function manualStep(row: Row | undefined): ManualStep {
  return row
    ? { done: bool(row, 'done'), on: textOrNull(row, 'done_on'), note: textOrNull(row, 'note') }
    : { done: false, on: null, note: null };
}

function loadScope(db: Database.Database, scope: Scope): Membership[] {
  const heads = statement<unknown[], Row>(db, MEMBERSHIPS_SQL(filter(scope, 'm.id'))).all(...params(scope));
  if (heads.length === 0) return [];
  const competencies = listReader(db, scope, 'competencies');
  const professionals = listReader(db, scope, 'professionals');
  const solutions = listReader(db, scope, 'certifiedSolutions');
  const references = listReader(db, scope, 'references');
  const surveys = listReader(db, scope, 'csatSurveys');
  const otherPoints = listReader(db, scope, 'otherPoints');
  const steps = grouped(
    db,
    scope,
    (where) =>
      `SELECT membership_id, step, done, done_on, note, amount, currency FROM manual_steps WHERE ${where}`,
    'step',
  );

  return heads.map((m): Membership => {
    const id = text(m, 'id');
    const step = (name: string): ManualStep => manualStep(steps(id, name)[0]);
    const fee = steps(id, 'feePaid')[0];
    const stepValues: Omit<Steps, 'feePaid'> = {
      signIn: step(STEP_NAMES[0]),
      profileVerified: step(STEP_NAMES[1]),
      termsAgreed: step(STEP_NAMES[2]),
      termsSigned: step(STEP_NAMES[3]),
    };
    const scorePercent = integerOrNull(m, 'score_percent');
    return {
      id,
      organization: {
        name: text(m, 'organization_name'),
        partnerId: textOrNull(m, 'partner_id'),
        location: textOrNull(m, 'location'),
        country: textOrNull(m, 'country'),
        address: textOrNull(m, 'address'),
        phone: textOrNull(m, 'phone'),
        website: textOrNull(m, 'website'),
      },
      level: level(m, 'level'),
      targetLevel: level(m, 'target_level'),
      enrollment: { startedOn: textOrNull(m, 'started_on'), expiresOn: text(m, 'expires_on') },
      renewingSubscriber: bool(m, 'renewing_subscriber'),
      contacts: {
        primaryProgramContact: {
          name: textOrNull(m, 'primary_contact_name'),
          email: textOrNull(m, 'primary_contact_email'),
        },
        preparer: {
          name: textOrNull(m, 'preparer_name'),
          // No contacts row (a LEFT JOIN miss) reads as not the administrator.
          isGlobalProgramAdministrator: m.preparer_is_global_admin === 1,
        },
      },
      chosen:
        m.chosen_set === null
          ? null
          : {
              competencyId: textOrNull(m, 'chosen_competency_id'),
              specialization: textOrNull(m, 'chosen_specialization'),
            },
      competencies: competencies(id),
      professionals: professionals(id),
      certifiedSolutions: solutions(id),
      references: references(id),
      csatSurveys: surveys(id),
      otherPoints: otherPoints(id),
      mapsAssessment: scorePercent === null ? null : { scorePercent, takenOn: textOrNull(m, 'taken_on') },
      steps: {
        ...stepValues,
        feePaid: fee
          ? {
              ...manualStep(fee),
              amount: integerOrNull(fee, 'amount'),
              currency: textOrNull(fee, 'currency'),
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
      id: text(row, 'id'),
      organizationName: text(row, 'organization_name'),
      location: textOrNull(row, 'location'),
      level: level(row, 'level'),
      targetLevel: level(row, 'target_level'),
      expiresOn: text(row, 'expires_on'),
    }));
}

/** True when a membership with this id exists. */
export function membershipExists(db: Database.Database, id: string): boolean {
  return statement(db, 'SELECT 1 FROM memberships WHERE id = ?').get(id) !== undefined;
}
