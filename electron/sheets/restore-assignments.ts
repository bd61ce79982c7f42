/**
 * Undo of a competencies import that removed competencies: once the competencies are back, what
 * pointed at them is pointed at them again — the chosen competency and references that the
 * removal unassigned (and nobody has assigned since), and MCPs' links that went with them.
 */
import type Database from 'better-sqlite3';
import type { CompetencyAssignments } from '../../shared/sheets/competency-undo';
import type { CompetencyLink } from '../../shared/interchange/schema';
import { writeItem } from '../db/lists';
import { loadMembership } from '../db/membership-read';
import { setChosen } from '../db/membership-write';

const sameLink = (a: CompetencyLink, b: CompetencyLink) =>
  a.competencyId === b.competencyId && a.specialization === b.specialization;

/** Puts `assignments` back where their competency exists again; call inside the undo's transaction. */
export function restoreAssignments(
  db: Database.Database,
  membershipId: string,
  assignments: CompetencyAssignments,
): void {
  const now = loadMembership(db, membershipId);
  if (!now) return;
  const exists = new Set(now.competencies.map((c) => c.id));
  const { chosen } = assignments;
  if (
    chosen?.competencyId &&
    exists.has(chosen.competencyId) &&
    (now.chosen?.competencyId ?? null) === null
  ) {
    setChosen(db, membershipId, chosen);
  }
  const references = new Map(now.references.map((r) => [r.id, r]));
  for (const was of assignments.references) {
    const reference = references.get(was.id);
    if (!reference || reference.competencyId !== null || !exists.has(was.competencyId)) continue;
    const restored = { ...reference, competencyId: was.competencyId, specialization: was.specialization };
    writeItem(db, 'references', membershipId, restored, 0, false);
  }
  const professionals = new Map(now.professionals.map((p) => [p.id, p]));
  for (const was of assignments.links) {
    const professional = professionals.get(was.professionalId);
    if (!professional) continue;
    const back = was.links.filter((l) => exists.has(l.competencyId));
    const added = professional.links.filter((l) => !back.some((b) => sameLink(b, l)));
    const links = [...back, ...added];
    if (
      links.length === professional.links.length &&
      links.every((l, i) => sameLink(l, professional.links[i]!))
    )
      continue;
    writeItem(db, 'professionals', membershipId, { ...professional, links }, 0, false);
  }
}
