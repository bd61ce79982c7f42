/**
 * Each list's spreadsheet columns exactly as DESIGN §9's table names them: the header an export
 * writes, the synonyms an import also recognises, which columns a sheet must have, and the list
 * of the membership each one fills.
 */
import type { IdList } from '../interchange/parse';
import type { SheetList } from './types';

/** How a cell of the column is read. */
export type ColumnKind = 'text' | 'date' | 'yes-no' | 'count' | 'names';

export interface ColumnDef<K extends string = string> {
  readonly key: K;
  /** The header an export writes (the table's first name). */
  readonly header: string;
  readonly synonyms: readonly string[];
  readonly kind: ColumnKind;
  readonly required: boolean;
}

const column = <K extends string>(
  key: K,
  header: string,
  kind: ColumnKind,
  synonyms: readonly string[] = [],
  required = false,
): ColumnDef<K> => ({ key, header, synonyms, kind, required });

export const SHEET_COLUMNS = {
  mcps: [
    column('name', 'Name', 'text', ['Full name', 'Professional'], true),
    column('mcpId', 'MCP ID', 'text', ['MCPID']),
    column('associated', 'Associated', 'yes-no'),
    column('competency', 'Competency', 'text'),
    column('specialization', 'Specialization', 'text'),
    column('certification', 'Certification', 'text', ['Certification name']),
    column('earnedOn', 'Earned on', 'date', ['Earned', 'Date earned']),
    column('expiresOn', 'Expires on', 'date', ['Expires', 'Expiry date']),
    column('newerExamRequiredBy', 'Newer exam required by', 'date', ['Newer exam by']),
  ],
  references: [
    column('customer', 'Customer', 'text', [], true),
    column('status', 'Status', 'text'),
    column('requestedOn', 'Requested on', 'date'),
    column('acceptedOn', 'Accepted on', 'date'),
    column('expiresOn', 'Expires on', 'date'),
    column('competency', 'Competency', 'text'),
    column('specialization', 'Specialization', 'text'),
  ],
  csat: [
    column('participatedOn', 'Survey date', 'date', ['Participated on'], true),
    column('customer', 'Customer', 'text', [], true),
    column('count', 'Responses', 'count', ['Count'], true),
  ],
  competencies: [
    column('name', 'Competency', 'text', [], true),
    column('attainedOn', 'Attained on', 'date'),
    column('specializations', 'Specializations', 'names'),
    column('otherRequirementsMet', 'Other requirements met', 'yes-no'),
  ],
  'other-points': [
    column('description', 'Description', 'text', [], true),
    column('points', 'Points', 'count', [], true),
    column('earnedOn', 'Earned on', 'date'),
  ],
} as const satisfies { readonly [L in SheetList]: readonly ColumnDef[] };

export type SheetColumns = typeof SHEET_COLUMNS;
export type ColumnKey<L extends SheetList> = SheetColumns[L][number]['key'];

/** The membership list each sheet list fills. */
export const SHEET_LIST_TARGET = {
  mcps: 'professionals',
  references: 'references',
  csat: 'csatSurveys',
  competencies: 'competencies',
  'other-points': 'otherPoints',
} as const satisfies { readonly [L in SheetList]: IdList };

export type SheetTarget<L extends SheetList> = (typeof SHEET_LIST_TARGET)[L];

/** How people name each list in sentences. */
export const SHEET_LIST_LABELS: { readonly [L in SheetList]: string } = {
  mcps: 'MCPs',
  references: 'customer references',
  csat: 'customer satisfaction surveys',
  competencies: 'competencies',
  'other-points': 'other points',
};

/** The column definitions of a list, typed loosely for code that treats every list alike. */
export function columnsOf(list: SheetList): readonly ColumnDef[] {
  return SHEET_COLUMNS[list];
}
