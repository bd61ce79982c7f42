/**
 * Property: any valid interchange document, imported into an empty workspace and exported,
 * gives the same document; and export → import → export gives the identical text.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInterchangeText, toInterchange } from '../../shared/interchange/parse';
import { loadMemberships } from '../db/membership-read';
import { openTempWorkspace, type TempWorkspace } from '../db/testing';
import { importDocument } from './import';

const workspaces: TempWorkspace[] = [];
afterEach(() => workspaces.splice(0).forEach((w) => w.dispose()));

const HOSTILE = [
  "'); DROP TABLE memberships; --",
  '<script>alert(1)</script>',
  '=SUM(A1)',
  'a\u0000b\u0007c',
  '𝄞 é ✓',
  '%_\\',
];
const text = (max = 30) =>
  fc
    .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }), fc.constantFrom(...HOSTILE))
    .filter((s) => s.trim().length > 0);
const optionalText = fc.option(text(), { nil: null });
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const optionalDate = fc.option(date, { nil: null });
const ids = (prefix: string, max: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 999 }), { maxLength: max })
    .map((ns) => ns.map((n) => `${prefix}${n}`));

const membership = (id: string) =>
  ids('c', 4).chain((competencyIds) => {
    const competencyRef = competencyIds.length > 0 ? fc.constantFrom(...competencyIds) : fc.constant(null);
    const link =
      competencyIds.length > 0
        ? fc.record({ competencyId: fc.constantFrom(...competencyIds), specialization: text() })
        : null;
    return fc.record({
      id: fc.constant(id),
      organization: fc.record({
        name: text(),
        partnerId: optionalText,
        location: optionalText,
        country: optionalText,
        address: optionalText,
        phone: optionalText,
        website: optionalText,
      }),
      level: fc.constantFrom('registered', 'certified', 'gold'),
      targetLevel: fc.constantFrom('registered', 'certified', 'gold'),
      enrollment: fc.record({ startedOn: optionalDate, expiresOn: date }),
      renewingSubscriber: fc.boolean(),
      contacts: fc.record({
        primaryProgramContact: fc.record({
          name: optionalText,
          email: fc.option(fc.constantFrom('dana@example.com', 'a.b+c@fabrikam.example'), { nil: null }),
        }),
        preparer: fc.record({ name: optionalText, isGlobalProgramAdministrator: fc.boolean() }),
      }),
      chosen: fc.option(fc.record({ competencyId: competencyRef, specialization: optionalText }), {
        nil: null,
      }),
      competencies: fc.tuple(
        ...competencyIds.map((cid) =>
          fc.record({
            id: fc.constant(cid),
            name: text(),
            attainedOn: optionalDate,
            specializations: fc.array(text(), { maxLength: 3 }),
            otherRequirementsMet: fc.boolean(),
          }),
        ),
      ),
      professionals: ids('p', 5).chain((pids) =>
        fc.tuple(
          ...pids.map((pid) =>
            fc.record({
              id: fc.constant(pid),
              name: text(),
              mcpId: optionalText,
              associated: fc.boolean(),
              links: link ? fc.array(link, { maxLength: 3 }) : fc.constant([]),
              certifications: fc.array(
                fc.record({
                  name: text(),
                  earnedOn: date,
                  expiresOn: optionalDate,
                  newerExamRequiredBy: optionalDate,
                }),
                { maxLength: 3 },
              ),
            }),
          ),
        ),
      ),
      certifiedSolutions: ids('s', 3).chain((sids) =>
        fc.tuple(
          ...sids.map((sid) =>
            fc.record({ id: fc.constant(sid), name: text(), testedOn: date, expiresOn: optionalDate }),
          ),
        ),
      ),
      references: ids('r', 3).chain((rids) =>
        fc.tuple(
          ...rids.map((rid) =>
            fc.record({
              id: fc.constant(rid),
              customer: text(),
              status: fc.constantFrom('draft', 'requested', 'accepted', 'declined'),
              requestedOn: optionalDate,
              acceptedOn: optionalDate,
              expiresOn: optionalDate,
              competencyId: competencyRef,
              specialization: optionalText,
            }),
          ),
        ),
      ),
      csatSurveys: ids('v', 3).chain((vids) =>
        fc.tuple(
          ...vids.map((vid) =>
            fc.record({
              id: fc.constant(vid),
              participatedOn: date,
              responses: fc.array(fc.record({ customer: text(), count: fc.nat({ max: 1_000_000 }) }), {
                maxLength: 4,
              }),
            }),
          ),
        ),
      ),
      otherPoints: ids('o', 3).chain((oids) =>
        fc.tuple(
          ...oids.map((oid) =>
            fc.record({
              id: fc.constant(oid),
              description: text(),
              points: fc.nat({ max: 1_000_000 }),
              earnedOn: optionalDate,
            }),
          ),
        ),
      ),
      mapsAssessment: fc.option(
        fc.record({ scorePercent: fc.double({ min: 0, max: 100, noNaN: true }), takenOn: optionalDate }),
        { nil: null },
      ),
      steps: fc.record({
        signIn: fc.record({ done: fc.boolean(), on: optionalDate, note: optionalText }),
        profileVerified: fc.record({ done: fc.boolean(), on: optionalDate, note: optionalText }),
        termsAgreed: fc.record({ done: fc.boolean(), on: optionalDate, note: optionalText }),
        termsSigned: fc.record({ done: fc.boolean(), on: optionalDate, note: optionalText }),
        feePaid: fc.record({
          done: fc.boolean(),
          on: optionalDate,
          note: optionalText,
          amount: fc.option(fc.double({ min: 0, max: 1_000_000_000, noNaN: true }), { nil: null }),
          currency: fc.option(fc.constantFrom('USD', 'EUR', 'JPY'), { nil: null }),
        }),
      }),
    });
  });

/** A chosen specialization must be one its competency offers: give the competency that one too. */
function offersChosen<
  M extends {
    chosen: { competencyId: string | null; specialization: string | null } | null;
    competencies: readonly { id: string; specializations: string[] }[];
  },
>(m: M): M {
  const { chosen } = m;
  if (chosen === null || chosen.specialization === null) return m;
  const specialization = chosen.specialization;
  return {
    ...m,
    competencies: m.competencies.map((c) =>
      c.id === chosen.competencyId && !c.specializations.includes(specialization)
        ? { ...c, specializations: [...c.specializations, specialization] }
        : c,
    ),
  };
}

const documents = ids('m', 4).chain((mids) =>
  fc
    .tuple(...mids.map((mid) => membership(mid).map(offersChosen)))
    .map((memberships) => ({ format: 'partner-reenrollment', version: 1, memberships })),
);

const exportText = (w: TempWorkspace) => JSON.stringify(toInterchange(loadMemberships(w.db)), null, 2);

describe('export ∘ import', () => {
  it('gives back every generated document, and export → import → export is identical', () => {
    fc.assert(
      fc.property(documents, (raw) => {
        const parsed = parseInterchangeText(JSON.stringify(raw));
        if (!parsed.ok)
          throw new Error(`generator made an invalid document: ${JSON.stringify(parsed.problems)}`);
        // JSON text is the format's medium: -0 and 0 are the same number there.
        const expected = JSON.parse(JSON.stringify(parsed.value));
        const first = openTempWorkspace();
        const second = openTempWorkspace();
        workspaces.push(first, second);
        importDocument(first.db, parsed.value, { backupDir: first.backupDir, onConflict: 'refuse' });
        const exported = exportText(first);
        expect(JSON.parse(exported)).toEqual(expected);

        const reparsed = parseInterchangeText(exported);
        if (!reparsed.ok) throw new Error(JSON.stringify(reparsed.problems));
        importDocument(second.db, reparsed.value, { backupDir: second.backupDir, onConflict: 'refuse' });
        expect(exportText(second)).toBe(exported);
        first.dispose();
        second.dispose();
        workspaces.length = 0;
      }),
      { numRuns: 40 },
    );
  });
});
