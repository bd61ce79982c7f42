/**
 * The round-trip contract of DESIGN §9: export → import of the same list changes nothing, and
 * changing one value cell of the exported sheet changes exactly that field of one item.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goldMembership } from '../../test/fixtures/gold-membership';
import type { Membership } from '../interchange/schema';
import { SHEET_COLUMNS, SHEET_LIST_TARGET } from './columns';
import { exportAsTable, exportSheetRows } from './export-rows';
import { analyzeSheet } from './plan';
import type { SheetCell, SheetList } from './types';

const base = goldMembership();
const word = fc.stringMatching(/^[A-Z][a-z]{1,7}$/);
const name = fc.tuple(word, word).map(([a, b]) => `${a} ${b}`);
const date = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2020-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const optionalDate = fc.option(date, { nil: null });
const link = fc.constantFrom(
  { competencyId: 'c-1', specialization: 'Unified Communications' },
  { competencyId: 'c-2', specialization: 'Advanced Infrastructure' },
  { competencyId: 'c-3', specialization: 'Web Development' },
);

const certification = fc.record({
  name: word,
  earnedOn: date,
  expiresOn: optionalDate,
  newerExamRequiredBy: optionalDate,
});
const professionals = fc.uniqueArray(
  fc.record({
    name,
    mcpId: fc.stringMatching(/^[1-9]\d{5,7}$/),
    associated: fc.boolean(),
    certifications: fc.array(certification, { maxLength: 3 }),
    links: fc.uniqueArray(link, { maxLength: 3, selector: (l) => l.competencyId }),
  }),
  { maxLength: 8, selector: (p) => p.mcpId },
);
const references = fc
  .uniqueArray(
    fc.record({
      customer: name,
      status: fc.constantFrom('draft', 'requested', 'accepted', 'declined' as const),
      requestedOn: optionalDate,
      acceptedOn: optionalDate,
      expiresOn: optionalDate,
      link: fc.option(link, { nil: null }),
    }),
    { maxLength: 8, selector: (r) => `${r.customer.toLowerCase()}|${r.link?.competencyId ?? ''}` },
  )
  .map((list) =>
    list.map(({ link: l, ...r }) => ({
      ...r,
      competencyId: l?.competencyId ?? null,
      specialization: l?.specialization ?? null,
    })),
  );
const surveys = fc.uniqueArray(
  fc.record({
    participatedOn: date,
    // Surveys without responses too: they export as a row with the date only.
    responses: fc.uniqueArray(fc.record({ customer: name, count: fc.nat(50) }), {
      minLength: 0,
      maxLength: 4,
      selector: (r) => r.customer.toLowerCase(),
    }),
  }),
  { maxLength: 5, selector: (v) => v.participatedOn },
);
const competencies = fc.uniqueArray(
  fc.record({
    name,
    attainedOn: optionalDate,
    specializations: fc.uniqueArray(word, { maxLength: 3 }),
    otherRequirementsMet: fc.boolean(),
  }),
  { maxLength: 6, selector: (c) => c.name.toLowerCase() },
);
const otherPoints = fc.uniqueArray(
  fc.record({ description: name, points: fc.nat(500), earnedOn: optionalDate }),
  {
    maxLength: 8,
    selector: (o) => `${o.description.toLowerCase()}|${o.earnedOn}`,
  },
);

const withIds = <T extends object>(prefix: string, items: readonly T[]) =>
  items.map((item, i) => ({ id: `${prefix}-${i + 1}`, ...item }));

const LISTS: { readonly [L in SheetList]: fc.Arbitrary<Membership> } = {
  mcps: professionals.map((p) => ({ ...base, professionals: withIds('p', p) })),
  references: references.map((r) => ({ ...base, references: withIds('r', r) })),
  csat: surveys.map((v) => ({ ...base, csatSurveys: withIds('v', v) })),
  competencies: competencies.map((c) => ({ ...base, competencies: withIds('c', c) })),
  'other-points': otherPoints.map((o) => ({ ...base, otherPoints: withIds('o', o) })),
};

/** The value columns an edit may change without changing which item the row is. */
const EDITABLE: { readonly [L in SheetList]: readonly string[] } = {
  mcps: ['earnedOn', 'expiresOn', 'newerExamRequiredBy'],
  references: ['status', 'requestedOn', 'acceptedOn', 'expiresOn'],
  csat: ['count'],
  competencies: ['attainedOn', 'otherRequirementsMet'],
  'other-points': ['points'],
};

/** A different value of the same kind as `cell`. */
function changed(cell: SheetCell, seed: number): SheetCell {
  if (typeof cell === 'number') return cell + 1 + (seed % 7);
  if (typeof cell === 'boolean') return !cell;
  if (typeof cell === 'string') {
    const statuses = ['draft', 'requested', 'accepted', 'declined'].filter((s) => s !== cell);
    return statuses[seed % statuses.length] as string;
  }
  if (cell === null) return null;
  const day = new Date(`${cell.date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1 + (seed % 300));
  return { date: day.toISOString().slice(0, 10) };
}

describe.each(Object.keys(LISTS) as SheetList[])('%s sheet round trip', (list) => {
  const target = SHEET_LIST_TARGET[list];

  it('export → import of the same list changes nothing', () => {
    fc.assert(
      fc.property(LISTS[list], (m) => {
        const a = analyzeSheet(list, exportAsTable(exportSheetRows(list, m)), m);
        expect(a.problems).toEqual([]);
        expect(a.plan).toMatchObject({
          added: 0,
          updated: 0,
          removed: 0,
          unchanged: m[target].length,
          writes: [],
        });
        expect(a.plan?.items).toEqual(m[target]);
      }),
      { numRuns: 60 },
    );
  });

  it('changing one value cell changes exactly that field', () => {
    fc.assert(
      fc.property(LISTS[list], fc.nat(), fc.nat(), fc.nat(), (m, r, c, seed) => {
        const exported = exportSheetRows(list, m);
        const edits = exported.rows.flatMap((row, ri) =>
          EDITABLE[list]
            .map((key) => SHEET_COLUMNS[list].findIndex((col) => col.key === key))
            .filter((ci) => row[ci] !== null)
            .map((ci) => [ri, ci] as const),
        );
        fc.pre(edits.length > 0);
        const [ri, ci] = edits[(r + c) % edits.length] as readonly [number, number];
        const rows = exported.rows.map((row, i) =>
          i === ri ? row.map((cell, j) => (j === ci ? changed(cell, seed) : cell)) : row,
        );
        const edited = { ...exported, rows };
        const a = analyzeSheet(list, exportAsTable(edited), m);
        expect(a.problems).toEqual([]);
        expect(a.plan).toMatchObject({ added: 0, updated: 1, removed: 0 });
        // The list as planned exports to exactly the edited sheet: one cell differs, nothing else.
        expect(exportSheetRows(list, { ...m, [target]: a.plan?.items }).rows).toEqual(rows);
      }),
      { numRuns: 60 },
    );
  });
});
