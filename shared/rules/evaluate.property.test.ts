// Properties of the evaluator over many generated memberships (fast-check): points are
// monotone in competencies, taking evidence away never makes a membership more ready, and an
// evaluation depends on nothing but its input and asOf.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../dates';
import type { Membership } from '../interchange/schema';
import { syntheticDocument } from '../../test/bench/synthetic';
import { evaluateMembership } from './evaluate';
import { estimatePoints } from './estimator';
import { RULESETS } from '../../test/fixtures/rulesets';
import { pointsBreakdown } from './points';

const membershipArb = fc.integer({ min: 1, max: 1_000_000 }).map(
  (seed) =>
    syntheticDocument({
      memberships: 1,
      mcpsPerMembership: 6,
      referencesPerMembership: 4,
      surveysPerMembership: 2,
      seed,
    }).memberships[0] as Membership,
);
const asOfArb = fc
  .integer({ min: toEpochDay('2008-06-01'), max: toEpochDay('2010-12-31') })
  .map((day) => fromEpochDay(day));
const dateOrNullArb = fc.option(asOfArb, { nil: null });

/** Every way of taking one piece of evidence away from a membership. */
function removals(m: Membership): Membership[] {
  const without = <T>(list: readonly T[], index: number) => list.filter((_, i) => i !== index);
  const out: Membership[] = [];
  m.competencies.forEach((_, i) => out.push({ ...m, competencies: without(m.competencies, i) }));
  m.professionals.forEach((p, i) => {
    out.push({ ...m, professionals: without(m.professionals, i) });
    out.push({
      ...m,
      professionals: m.professionals.map((q, j) => (j === i ? { ...q, associated: false } : q)),
    });
    out.push({ ...m, professionals: m.professionals.map((q, j) => (j === i ? { ...q, links: [] } : q)) });
    p.certifications.forEach((_, c) =>
      out.push({
        ...m,
        professionals: m.professionals.map((q, j) =>
          j === i ? { ...q, certifications: without(q.certifications, c) } : q,
        ),
      }),
    );
  });
  m.certifiedSolutions.forEach((_, i) =>
    out.push({ ...m, certifiedSolutions: without(m.certifiedSolutions, i) }),
  );
  // An unassigned reference is an obligation (gold.references-assigned), not evidence.
  m.references.forEach((r, i) => {
    if (r.competencyId !== null && r.specialization !== null)
      out.push({ ...m, references: without(m.references, i) });
  });
  m.csatSurveys.forEach((s, i) => {
    out.push({ ...m, csatSurveys: without(m.csatSurveys, i) });
    s.responses.forEach((_, r) =>
      out.push({
        ...m,
        csatSurveys: m.csatSurveys.map((t, j) =>
          j === i ? { ...t, responses: without(t.responses, r) } : t,
        ),
      }),
    );
  });
  m.otherPoints.forEach((_, i) => out.push({ ...m, otherPoints: without(m.otherPoints, i) }));
  out.push({ ...m, chosen: null });
  out.push({ ...m, mapsAssessment: null });
  out.push({
    ...m,
    contacts: { ...m.contacts, preparer: { ...m.contacts.preparer, isGlobalProgramAdministrator: false } },
  });
  const undone = { done: false, on: null, note: null };
  out.push({ ...m, steps: { ...m.steps, signIn: undone, termsSigned: undone } });
  out.push({ ...m, steps: { ...m.steps, feePaid: { ...undone, amount: null, currency: null } } });
  return out;
}

/** A membership made as ready as its data allows, so removals have something to break. */
function strengthen(m: Membership): Membership {
  const done = { done: true, on: '2009-07-01', note: null };
  return {
    ...m,
    contacts: { ...m.contacts, preparer: { ...m.contacts.preparer, isGlobalProgramAdministrator: true } },
    competencies: m.competencies.map((c) => ({ ...c, otherRequirementsMet: true })),
    steps: {
      signIn: done,
      profileVerified: done,
      termsAgreed: done,
      termsSigned: done,
      feePaid: { ...done, amount: 1500, currency: 'USD' },
    },
    references: m.references.filter((r) => r.competencyId !== null && r.specialization !== null),
  };
}

// Under each ruleset: the properties hold whatever its numbers.
describe.each(RULESETS)('evaluator properties under $id', (R) => {
  it('points never drop when a competency is added', () => {
    fc.assert(
      fc.property(membershipArb, asOfArb, dateOrNullArb, (m, asOf, attainedOn) => {
        const before = pointsBreakdown(m, asOf, R).total;
        const added = {
          ...m,
          competencies: [
            ...m.competencies,
            {
              id: 'c-new',
              name: 'Security Solutions',
              attainedOn,
              specializations: [],
              otherRequirementsMet: false,
            },
          ],
        };
        expect(pointsBreakdown(added, asOf, R).total).toBeGreaterThanOrEqual(before);
        const estimate = estimatePoints(m, asOf, { addCompetencies: 1, addPoints: 0 }, R);
        expect(estimate.estimated.total).toBeGreaterThanOrEqual(estimate.current.total);
      }),
      { numRuns: 200 },
    );
  });

  it('removing evidence never makes a membership more ready or qualified', () => {
    fc.assert(
      fc.property(membershipArb.map(strengthen), asOfArb, (m, asOf) => {
        const before = evaluateMembership(m, asOf, R);
        for (const less of removals(m)) {
          const after = evaluateMembership(less, asOf, R);
          if (after.ready) expect(before.ready).toBe(true);
          for (const level of ['registered', 'certified', 'gold'] as const) {
            if (after.qualifies[level]) expect(before.qualifies[level]).toBe(true);
          }
          expect(after.points.total).toBeLessThanOrEqual(before.points.total);
        }
      }),
      { numRuns: 150 },
    );
  });

  // shared/rules/README.md, "Monotonicity": more evidence never costs a level.
  it('adding a current, associated, linked MCP, an accepted reference or a survey never lowers qualifies', () => {
    fc.assert(
      fc.property(
        membershipArb,
        asOfArb,
        dateOrNullArb,
        fc.integer({ min: 0, max: 20 }),
        (m, asOf, until, n) => {
          const before = evaluateMembership(m, asOf, R).qualifies;
          const link =
            m.chosen?.competencyId && m.chosen.specialization
              ? { competencyId: m.chosen.competencyId, specialization: m.chosen.specialization }
              : null;
          const later = until !== null && until >= asOf ? until : null;
          const additions: Membership[] = [
            {
              ...m,
              professionals: [
                ...m.professionals,
                {
                  id: 'p-new',
                  name: 'New Professional',
                  mcpId: null,
                  associated: true,
                  links: link ? [link] : [],
                  certifications: [
                    { name: 'MCITP', earnedOn: asOf, expiresOn: later, newerExamRequiredBy: null },
                  ],
                },
              ],
            },
            {
              ...m,
              references: [
                ...m.references,
                {
                  id: 'r-new',
                  customer: 'New Customer',
                  status: 'accepted' as const,
                  requestedOn: null,
                  acceptedOn: asOf,
                  expiresOn: later,
                  competencyId: link?.competencyId ?? m.competencies[0]?.id ?? null,
                  specialization: link?.specialization ?? m.competencies[0]?.specializations[0] ?? null,
                },
              ].filter((r) => r.competencyId !== null && r.specialization !== null),
            },
            {
              ...m,
              csatSurveys: [
                ...m.csatSurveys,
                {
                  id: 'v-new',
                  participatedOn: until ?? asOf,
                  responses: [{ customer: 'Another Customer', count: n }],
                },
              ],
            },
          ];
          for (const more of additions) {
            const after = evaluateMembership(more, asOf, R).qualifies;
            for (const level of ['registered', 'certified', 'gold'] as const) {
              if (before[level]) expect(after[level]).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is deterministic for a given asOf and never changes its input', () => {
    fc.assert(
      fc.property(membershipArb, asOfArb, (m, asOf) => {
        const copy = structuredClone(m);
        const first = evaluateMembership(m, asOf, R);
        expect(evaluateMembership(copy, asOf, R)).toEqual(first);
        expect(m).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});
