/**
 * Writing memberships: a whole one (create, import), its overview, profile, chosen competency,
 * assessment and steps. Callers wrap each change in one transaction; these functions never
 * open one, so an import of many memberships is still a single commit.
 */
import type Database from 'better-sqlite3';
import type { Chosen, MapsAssessment, Membership, Steps } from '../../shared/interchange/schema';
import type { Overview } from '../../shared/forms/overview';
import type { z } from 'zod';
import type { profileSchema } from '../../shared/forms/steps';
import { ENTITY_LISTS, writeItem } from './lists';
import { integer, oneRow, text, type Row } from './row';
import { bit, statement } from './statements';

type Profile = z.output<typeof profileSchema>;
export type StepName = keyof Steps;

/** The position after the last membership of the workspace. */
export function nextMembershipPosition(db: Database.Database): number {
  const row = statement<[], Row>(db, 'SELECT coalesce(max(position), -1) + 1 AS next FROM memberships').get();
  return integer(oneRow(row), 'next');
}

/** The position of a membership in the workspace, or null when it does not exist. */
export function membershipPosition(db: Database.Database, id: string): number | null {
  const row = statement<[string], Row>(db, 'SELECT position FROM memberships WHERE id = ?').get(id);
  return row ? integer(row, 'position') : null;
}

/** Inserts a whole membership with every list, at `position` in the workspace order. */
export function insertMembership(db: Database.Database, m: Membership, position: number): void {
  const o = m.organization;
  statement(
    db,
    `INSERT INTO memberships (id, position, organization_name, partner_id, location, country, address, phone,
       website, level, target_level, started_on, expires_on, renewing_subscriber)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    m.id,
    position,
    o.name,
    o.partnerId,
    o.location,
    o.country,
    o.address,
    o.phone,
    o.website,
    m.level,
    m.targetLevel,
    m.enrollment.startedOn,
    m.enrollment.expiresOn,
    bit(m.renewingSubscriber),
  );
  writeContacts(db, m.id, m.contacts);
  if (m.chosen) setChosen(db, m.id, m.chosen);
  if (m.mapsAssessment) setAssessment(db, m.id, m.mapsAssessment);
  for (const step of Object.keys(m.steps) as StepName[]) setStep(db, m.id, step, m.steps[step]);
  for (const list of ENTITY_LISTS) {
    const items = m[list] as readonly Membership[typeof list][number][];
    items.forEach((item, index) => writeItem(db, list, m.id, item, index, true));
  }
}

function writeContacts(db: Database.Database, id: string, contacts: Membership['contacts']): void {
  statement(
    db,
    `INSERT INTO contacts (membership_id, primary_contact_name, primary_contact_email, preparer_name,
       preparer_is_global_admin) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (membership_id) DO UPDATE SET primary_contact_name = excluded.primary_contact_name,
       primary_contact_email = excluded.primary_contact_email, preparer_name = excluded.preparer_name,
       preparer_is_global_admin = excluded.preparer_is_global_admin`,
  ).run(
    id,
    contacts.primaryProgramContact.name,
    contacts.primaryProgramContact.email,
    contacts.preparer.name,
    bit(contacts.preparer.isGlobalProgramAdministrator),
  );
}

/** Deletes a membership and (by cascade) everything in it. Returns false when there was none. */
export function deleteMembership(db: Database.Database, id: string): boolean {
  return statement(db, 'DELETE FROM memberships WHERE id = ?').run(id).changes > 0;
}

/** Saves the first tab: organization, level, enrollment dates, contacts. */
export function updateOverview(db: Database.Database, id: string, overview: Overview): boolean {
  const changed = statement(
    db,
    `UPDATE memberships SET organization_name = ?, location = ?, country = ?, level = ?, target_level = ?,
       started_on = ?, expires_on = ?, renewing_subscriber = ? WHERE id = ?`,
  ).run(
    overview.organization.name,
    overview.organization.location,
    overview.organization.country,
    overview.level,
    overview.targetLevel,
    overview.enrollment.startedOn,
    overview.enrollment.expiresOn,
    bit(overview.renewingSubscriber),
    id,
  ).changes;
  if (changed > 0) writeContacts(db, id, overview.contacts);
  return changed > 0;
}

/** Saves the organization's profile fields. */
export function updateProfile(db: Database.Database, id: string, profile: Profile): boolean {
  return (
    statement(
      db,
      'UPDATE memberships SET partner_id = ?, address = ?, phone = ?, website = ? WHERE id = ?',
    ).run(profile.partnerId, profile.address, profile.phone, profile.website, id).changes > 0
  );
}

/** Sets the chosen competency and specialization. */
export function setChosen(db: Database.Database, id: string, chosen: Chosen): void {
  statement(
    db,
    `INSERT INTO chosen_competencies (membership_id, competency_id, specialization) VALUES (?, ?, ?)
     ON CONFLICT (membership_id) DO UPDATE SET competency_id = excluded.competency_id,
       specialization = excluded.specialization`,
  ).run(id, chosen.competencyId, chosen.specialization);
}

/** Records the Action Pack assessment, or removes it when `null`. */
export function setAssessment(db: Database.Database, id: string, assessment: MapsAssessment | null): void {
  if (assessment === null) {
    statement(db, 'DELETE FROM maps_assessments WHERE membership_id = ?').run(id);
    return;
  }
  statement(
    db,
    `INSERT INTO maps_assessments (membership_id, score_percent, taken_on) VALUES (?, ?, ?)
     ON CONFLICT (membership_id) DO UPDATE SET score_percent = excluded.score_percent, taken_on = excluded.taken_on`,
  ).run(id, assessment.scorePercent, assessment.takenOn);
}

/** Saves one manual step (the fee with its amount and currency). */
export function setStep(
  db: Database.Database,
  id: string,
  step: StepName,
  value: Steps['signIn'] | Steps['feePaid'],
): void {
  const fee = 'amount' in value ? value : { amount: null, currency: null };
  statement(
    db,
    `INSERT INTO manual_steps (membership_id, step, done, done_on, note, amount, currency) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (membership_id, step) DO UPDATE SET done = excluded.done, done_on = excluded.done_on,
       note = excluded.note, amount = excluded.amount, currency = excluded.currency`,
  ).run(id, step, bit(value.done), value.on, value.note, fee.amount, fee.currency);
}

/**
 * What deleting a competency does to what points at it: links to it go with it (foreign key),
 * references and the chosen competency are unassigned rather than deleted.
 */
export function unassignCompetency(db: Database.Database, membershipId: string, competencyId: string): void {
  statement(
    db,
    `UPDATE customer_references SET competency_id = NULL, specialization = NULL
     WHERE membership_id = ? AND competency_id = ?`,
  ).run(membershipId, competencyId);
  statement(
    db,
    `UPDATE chosen_competencies SET competency_id = NULL, specialization = NULL
     WHERE membership_id = ? AND competency_id = ?`,
  ).run(membershipId, competencyId);
}

/** The ids of the membership's competencies. */
export function competencyIds(db: Database.Database, membershipId: string): Set<string> {
  const rows = statement<[string], Row>(db, 'SELECT id FROM competencies WHERE membership_id = ?').all(
    membershipId,
  );
  return new Set(rows.map((row) => text(row, 'id')));
}
