/**
 * What points at a membership's competencies: the chosen competency, references' competency and
 * MCPs' links. Removing a competency unassigns the first two and deletes the links, so "Undo
 * import" of a competencies sheet that replaced the whole list needs them as they were before.
 */
import { z } from 'zod';
import { entityId } from '../interchange/fields';
import { chosenSchema, linkSchema, type Membership } from '../interchange/schema';

const MAX_ITEMS = 100_000;

export const competencyAssignmentsSchema = z.strictObject({
  chosen: chosenSchema.nullable(),
  references: z
    .array(
      z.strictObject({
        id: entityId,
        competencyId: z.string().min(1).max(100),
        specialization: z.string().max(200).nullable(),
      }),
    )
    .max(MAX_ITEMS),
  links: z
    .array(z.strictObject({ professionalId: entityId, links: z.array(linkSchema).max(1000) }))
    .max(MAX_ITEMS),
});

export type CompetencyAssignments = z.output<typeof competencyAssignmentsSchema>;

/** Everything in `membership` that names one of its competencies, to put back after an undo. */
export function competencyAssignments(
  membership: Pick<Membership, 'chosen' | 'references' | 'professionals'>,
): CompetencyAssignments {
  const references: CompetencyAssignments['references'][number][] = [];
  for (const r of membership.references) {
    if (r.competencyId !== null) {
      references.push({ id: r.id, competencyId: r.competencyId, specialization: r.specialization });
    }
  }
  return {
    chosen: membership.chosen,
    references,
    links: membership.professionals
      .filter((p) => p.links.length > 0)
      .map((p) => ({ professionalId: p.id, links: p.links })),
  };
}
