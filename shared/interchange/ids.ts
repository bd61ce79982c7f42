/**
 * The ids of an interchange document whose shape is valid: every id missing is generated, every
 * id used twice and every competency reference that names nothing is a problem naming its path.
 * Kept apart from the schema (no zod here), so a reader that checked the shape another way (the
 * CLI's check in place) uses the same code.
 */
import type { z } from 'zod';
import { formatPath, type Parsed, type Problem } from '../validation';
import { namedProblems } from './problem-names';
import type { documentSchema, InterchangeDocument, Membership } from './schema';

/** The lists whose items carry ids, and the prefix of the ids generated for them. */
export const ID_LISTS = {
  competencies: 'c',
  professionals: 'p',
  certifiedSolutions: 's',
  references: 'r',
  csatSurveys: 'v',
  otherPoints: 'o',
} as const;

export type IdList = keyof typeof ID_LISTS;

/**
 * A document whose shape is valid, with every missing id generated and every id and competency
 * reference checked; `data` is the value it was read from, for naming problems.
 */
export function withIdsChecked(
  value: z.output<typeof documentSchema>,
  data: unknown,
): Parsed<InterchangeDocument> {
  const problems: Problem[] = [];
  const membershipIds = assignIds(value.memberships, 'm', ['memberships'], problems);
  // The validator's output is a fresh copy, or the caller's own parse checked in place: nothing
  // else holds it, so ids are set in place
  // rather than copying every item again (a missing id lands last, as a spread would put it).
  const memberships = value.memberships.map((raw, index) => {
    const base = ['memberships', index] as const;
    for (const list of Object.keys(ID_LISTS) as IdList[]) {
      const items = raw[list] as { id?: string | undefined }[];
      const ids = assignIds(items, ID_LISTS[list], [...base, list], problems);
      items.forEach((item, i) => (item.id = ids[i]));
    }
    (raw as { id?: string | undefined }).id = membershipIds[index];
    const membership = raw as Membership;
    checkCompetencyReferences(membership, base, problems);
    return membership;
  });

  if (problems.length > 0) return { ok: false, problems: namedProblems(problems, data) };
  return { ok: true, value: { format: value.format, version: value.version, memberships } };
}

/**
 * Returns an id for each item: its own, or `prefix-N` with the smallest N not taken. Reports
 * every id used twice at the path of its second use.
 */
export function assignIds(
  items: readonly { id?: string | undefined }[],
  prefix: string,
  path: readonly PropertyKey[],
  problems: Problem[],
): string[] {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else {
      problems.push({
        path: formatPath([...path, index, 'id']),
        message: `The id "${item.id}" is used twice (also at ${formatPath([...path, first])})`,
      });
    }
  });
  let next = 1;
  return items.map((item) => {
    if (item.id !== undefined) return item.id;
    while (seen.has(`${prefix}-${next}`)) next += 1;
    const id = `${prefix}-${next}`;
    seen.set(id, -1);
    return id;
  });
}

/** The chosen competency, links and reference assignments must name a competency of this membership. */
function checkCompetencyReferences(
  membership: Membership,
  base: readonly PropertyKey[],
  problems: Problem[],
): void {
  const known = new Set(membership.competencies.map((c) => c.id));
  const check = (competencyId: string | null, path: readonly PropertyKey[]) => {
    if (competencyId !== null && !known.has(competencyId)) {
      problems.push({
        path: formatPath([...base, ...path]),
        message: `There is no competency with id "${competencyId}" in this membership`,
      });
    }
  };
  check(membership.chosen?.competencyId ?? null, ['chosen', 'competencyId']);
  const chosen = membership.chosen;
  const competency = membership.competencies.find((c) => c.id === chosen?.competencyId);
  // The chosen specialization must be one the chosen competency offers (shared/rules/README.md).
  if (chosen && competency && chosen.specialization !== null) {
    if (!competency.specializations.includes(chosen.specialization)) {
      problems.push({
        path: formatPath([...base, 'chosen', 'specialization']),
        message: `The competency ${competency.name} has no specialization "${chosen.specialization}" (it offers ${competency.specializations.length > 0 ? competency.specializations.map((s) => `"${s}"`).join(', ') : 'none'})`,
      });
    }
  }
  membership.professionals.forEach((professional, p) =>
    professional.links.forEach((link, l) =>
      check(link.competencyId, ['professionals', p, 'links', l, 'competencyId']),
    ),
  );
  membership.references.forEach((reference, r) =>
    check(reference.competencyId, ['references', r, 'competencyId']),
  );
}
