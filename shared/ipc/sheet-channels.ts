/**
 * The spreadsheet channels' inputs and results (DESIGN §9): preview a sheet (file bytes or
 * pasted cells) against a membership's list, commit it, undo it, and export a list.
 */
import { z } from 'zod';
import { entityId } from '../interchange/fields';
import {
  competencySchema,
  csatSurveySchema,
  otherPointsSchema,
  professionalSchema,
  referenceSchema,
} from '../interchange/schema';
import { competencyAssignmentsSchema } from '../sheets/competency-undo';
import { SHEET_LISTS, type SheetProblem } from '../sheets/types';

/** base64 of the largest sheet accepted (20 MiB), with room for padding. */
const MAX_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4 + 4;

export const sheetListSchema = z.enum(SHEET_LISTS, { error: `Expected one of ${SHEET_LISTS.join(', ')}` });

export const sheetRequestSchema = z.strictObject({
  membershipId: entityId,
  list: sheetListSchema,
  source: z.union([
    z.strictObject({
      name: z.string().min(1).max(260),
      base64: z.string().max(MAX_BASE64, { error: 'The file is larger than 20 MB' }),
    }),
    z.strictObject({
      pasted: z
        .string()
        .min(1)
        .max(20 * 1024 * 1024, { error: 'The text is larger than 20 MB' }),
    }),
  ]),
  sheetName: z.string().max(100).nullable().default(null),
  /** Sheet column index → the list column it fills, or null to ignore it. */
  overrides: z.record(z.string().regex(/^\d{1,4}$/), z.string().max(50).nullable()).default({}),
  dateOrder: z.enum(['dmy', 'mdy']).nullable().default(null),
  replace: z.boolean().default(false),
});
export type SheetRequest = z.output<typeof sheetRequestSchema>;

const MAX_UNDO_ITEMS = 100_000;
const undo = {
  membershipId: entityId,
};

/** The list as it was before an import, to put back ("Undo import"); every item with its id. */
export const sheetUndoSchema = z.discriminatedUnion('list', [
  z.strictObject({
    ...undo,
    list: z.literal('mcps'),
    items: z.array(professionalSchema.extend({ id: entityId })).max(MAX_UNDO_ITEMS),
  }),
  z.strictObject({
    ...undo,
    list: z.literal('references'),
    items: z.array(referenceSchema.extend({ id: entityId })).max(MAX_UNDO_ITEMS),
  }),
  z.strictObject({
    ...undo,
    list: z.literal('csat'),
    items: z.array(csatSurveySchema.extend({ id: entityId })).max(MAX_UNDO_ITEMS),
  }),
  z.strictObject({
    ...undo,
    list: z.literal('competencies'),
    items: z.array(competencySchema.extend({ id: entityId })).max(MAX_UNDO_ITEMS),
    /** What pointed at the competencies before the import, put back with them. */
    assignments: competencyAssignmentsSchema.nullable().default(null),
  }),
  z.strictObject({
    ...undo,
    list: z.literal('other-points'),
    items: z.array(otherPointsSchema.extend({ id: entityId })).max(MAX_UNDO_ITEMS),
  }),
]);

export const sheetExportSchema = z.strictObject({
  membershipId: entityId,
  list: sheetListSchema,
  format: z.enum(['csv', 'xlsx'], { error: 'Expected csv or xlsx' }),
});

export interface SheetCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
}

/** What the import dialog shows before anything is written. */
export interface SheetPreview {
  readonly headerRow: number;
  /** Each sheet column's header, and the list column it fills (null: ignored). */
  readonly headers: readonly string[];
  readonly keys: readonly (string | null)[];
  readonly unknownColumns: readonly string[];
  readonly problems: readonly SheetProblem[];
  readonly needsDateOrder: boolean;
  readonly rowCount: number;
  /** Null while any problem remains. */
  readonly counts: SheetCounts | null;
  /** The first rows and every row with a problem (up to a few hundred), as text. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
}

export interface SheetFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
}
